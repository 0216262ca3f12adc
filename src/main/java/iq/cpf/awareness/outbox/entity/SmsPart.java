package iq.cpf.awareness.outbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One part of a text message as the SMSC accepted it, under the id the SMSC gave it: its receipt
 * names that id. A part is forgotten once it is delivered, so a message whose parts are all gone
 * was delivered whole.
 */
@Entity
@Table(name = "sms_part")
public class SmsPart {

    @Id
    @Column(name = "smsc_id")
    private String smscId;

    @Column(name = "message_id")
    private long messageId;

    private int part;

    protected SmsPart() {}

    public SmsPart(String smscId, long messageId, int part) {
        this.smscId = smscId;
        this.messageId = messageId;
        this.part = part;
    }

    public String getSmscId() {
        return smscId;
    }

    public long getMessageId() {
        return messageId;
    }

    public int getPart() {
        return part;
    }
}
