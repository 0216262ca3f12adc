package iq.cpf.awareness.outbox.boundary;

import iq.cpf.awareness.outbox.control.Outbox;
import iq.cpf.awareness.outbox.entity.MessageState;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.boundary.Params;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The outbox page: the newest messages with their states, filtered, a page of 25 at a time, and
 * dead ones put back in the queue. Only the page shown is read (the page read 200 messages with
 * their bodies for the 25 it showed), and the paginator counts up to {@link #SHOWN}: older messages
 * are found by filtering by recipient or state.
 */
@Named
@ViewScoped
public class TrackMessages implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most messages the paginator reaches (40 pages). */
    static final int SHOWN = 1000;

    @Inject Outbox outbox;
    @Inject Caller caller;

    private String state;
    private String recipient;

    private final LazyDataModel<OutboxMessageView> messages =
            new LazyDataModel<>() {
                private static final long serialVersionUID = 1L;

                @Override
                public int count(Map<String, FilterMeta> filterBy) {
                    return outbox.countUpTo(
                            caller.scope(), stateFilter(), recipientFilter(), SHOWN);
                }

                @Override
                public List<OutboxMessageView> load(
                        int first,
                        int pageSize,
                        Map<String, SortMeta> sortBy,
                        Map<String, FilterMeta> filterBy) {
                    return read(first, pageSize);
                }

                @Override
                public String getRowKey(OutboxMessageView message) {
                    return String.valueOf(message.id());
                }
            };

    public LazyDataModel<OutboxMessageView> getMessages() {
        return messages;
    }

    private List<OutboxMessageView> read(int first, int size) {
        return outbox.newest(caller.scope(), stateFilter(), recipientFilter(), first, size).stream()
                .map(OutboxMessageView::of)
                .toList();
    }

    private MessageState stateFilter() {
        return Params.enumeration("state", state, MessageState.class);
    }

    private String recipientFilter() {
        return recipient == null || recipient.isBlank() ? null : recipient;
    }

    public void retry(long id) {
        outbox.retry(caller.scope(), id);
    }

    /** A new filter shows its first page, not the page the last one was on. */
    public void filtered() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("outbox:list")
                instanceof DataTable table) {
            table.reset();
        }
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
