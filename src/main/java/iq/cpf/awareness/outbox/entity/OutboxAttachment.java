package iq.cpf.awareness.outbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of the file sent with an outbox message, kept until the message is purged. */
@Entity
@Table(name = "outbox_attachment")
public class OutboxAttachment {

    @Id
    @Column(name = "message_id")
    private Long messageId;

    private byte[] content;

    protected OutboxAttachment() {}

    public OutboxAttachment(Long messageId, byte[] content) {
        this.messageId = messageId;
        this.content = content;
    }

    public byte[] getContent() {
        return content;
    }
}
