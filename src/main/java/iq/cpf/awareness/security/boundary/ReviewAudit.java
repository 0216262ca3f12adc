package iq.cpf.awareness.security.boundary;

import iq.cpf.awareness.security.control.Audit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The audit page: the latest entries, filtered by who or what. */
@Named
@RequestScoped
public class ReviewAudit {

    @Inject Audit audit;

    private String actor;
    private String action;
    private List<AuditEntry> entries;

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            entries =
                    audit.list(blank(actor), blank(action), null, null, 0, 200).items().stream()
                            .map(AuditEntry::of)
                            .toList();
        }
        return entries;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
        entries = null;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
        entries = null;
    }
}
