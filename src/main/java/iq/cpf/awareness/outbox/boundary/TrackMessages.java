package iq.cpf.awareness.outbox.boundary;

import iq.cpf.awareness.outbox.control.Outbox;
import iq.cpf.awareness.outbox.entity.MessageState;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.InTransaction;
import iq.cpf.awareness.platform.boundary.Paging;
import iq.cpf.awareness.platform.boundary.Params;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The outbox page: every message with its state, filtered, and dead ones put back in the queue. */
@Named
@ViewScoped
public class TrackMessages implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Outbox outbox;
    @Inject Caller caller;

    private String state;
    private String recipient;

    /**
     * The list as read for one request (the page asks for it more than once while it renders),
     * never kept from one request to the next.
     */
    private transient List<OutboxMessageView> messages;

    private transient FacesContext readFor;

    @InTransaction
    public List<OutboxMessageView> getMessages() {
        FacesContext request = FacesContext.getCurrentInstance();
        if (messages == null || readFor != request) {
            messages = read();
            readFor = request;
        }
        return messages;
    }

    private List<OutboxMessageView> read() {
        return outbox
                .newest(
                        caller.scope(),
                        Params.enumeration("state", state, MessageState.class),
                        recipient == null || recipient.isBlank() ? null : recipient,
                        Paging.MAX_SIZE)
                .stream()
                .map(OutboxMessageView::of)
                .toList();
    }

    public void retry(long id) {
        outbox.retry(caller.scope(), id);
        messages = null;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state == null || state.isBlank() ? null : state;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }
}
