package iq.cpf.awareness.outbox.boundary;

import iq.cpf.awareness.platform.boundary.Paging;
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

    @Inject OutboxResource resource;

    private String state;
    private String recipient;

    public List<OutboxMessageView> getMessages() {
        return resource.list(
                        state,
                        null,
                        recipient == null || recipient.isBlank() ? null : recipient,
                        null,
                        new Paging(0, Paging.MAX_SIZE))
                .items();
    }

    public void retry(long id) {
        resource.retry(String.valueOf(id));
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
