package iq.cpf.awareness.outbox.control;

import iq.cpf.awareness.campaign.entity.Campaign;
import iq.cpf.awareness.outbox.entity.MessageState;
import iq.cpf.awareness.outbox.entity.OutboxAttachment;
import iq.cpf.awareness.outbox.entity.OutboxMessage;
import iq.cpf.awareness.outbox.entity.SmsOptOut;
import iq.cpf.awareness.outbox.entity.SmsPart;
import iq.cpf.awareness.platform.Audited;
import iq.cpf.awareness.platform.Erased;
import iq.cpf.awareness.platform.ForumScope;
import iq.cpf.awareness.platform.NotFound;
import iq.cpf.awareness.platform.Page;
import iq.cpf.awareness.platform.Settings;
import iq.cpf.awareness.platform.control.Where;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.hibernate.jpa.HibernateHints;

/**
 * The outbox table. Messages are queued in the caller's transaction, so a change and the messages
 * it causes commit or roll back together; the dispatcher claims due messages with a lease, sends
 * them and records each outcome as soon as the mail server gave it, fenced by the claim. Failures
 * are retried with exponential back-off until the last attempt, after which the message is dead:
 * visible at {@code /api/outbox} with its last error, and retryable from there.
 */
@ApplicationScoped
@Transactional
public class Outbox {

    @PersistenceContext EntityManager em;

    @Resource(lookup = "java:jboss/datasources/AwarenessDirectDS")
    DataSource direct;

    @Inject Clock clock;
    @Inject Event<Audited> audited;
    @Inject Settings settings;
    @Inject Event<MessagesQueued> queued;

    /**
     * Fired in the transaction that queued messages; the dispatcher wakes up once it has committed.
     */
    public record MessagesQueued() {}

    /** Whether a message under this key was queued before (then it is not queued again). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean queued(String dedupKey) {
        return em.createQuery(
                                "select count(m) from OutboxMessage m where m.dedupKey = :key",
                                Long.class)
                        .setParameter("key", dedupKey)
                        .getSingleResult()
                > 0;
    }

    /**
     * Queues the draft unless the same message (same key) was queued before; says whether it did.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enqueue(Draft draft) {
        if (queued(draft.dedupKey())) {
            return false;
        }
        OutboxMessage message =
                new OutboxMessage(
                        draft.dedupKey(),
                        draft.event(),
                        draft.recipientEmail(),
                        draft.recipientName(),
                        draft.language(),
                        draft.subject(),
                        draft.bodies().text(),
                        draft.bodies().html(),
                        clock.instant());
        message.about(draft.visitId(), draft.campaignId());
        if (draft.ics() != null) {
            message.attach(draft.ics(), draft.icsMethod());
        }
        if (draft.attachment() != null) {
            message.attachFile(draft.attachment().fileName(), draft.attachment().contentType());
        }
        message.unsubscribeAt(draft.unsubscribeUrl());
        message.sendAs(draft.senderName());
        message.identify("<" + UUID.randomUUID() + "@" + settings.mailIdentity().domain() + ">");
        em.persist(message);
        if (draft.attachment() != null) {
            em.persist(new OutboxAttachment(message.getId(), draft.attachment().content()));
        }
        queued.fire(new MessagesQueued());
        return true;
    }

    /**
     * Queues a text message unless the same one (same key) was queued before, or its number said
     * STOP and the message is not about a booked visit; says whether it did.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enqueue(TextDraft draft) {
        if (queued(draft.dedupKey()) || !draft.essential() && stopped(draft.phone())) {
            return false;
        }
        OutboxMessage message =
                new OutboxMessage(
                        draft.dedupKey(),
                        draft.event(),
                        draft.recipientEmail(),
                        draft.recipientName(),
                        draft.language(),
                        "SMS",
                        draft.text(),
                        "",
                        clock.instant());
        message.about(draft.visitId(), draft.campaignId());
        message.sendAs(draft.senderName());
        message.textTo(draft.phone());
        // Ours, not the SMSC's (each part gets one of those): names the text in logs and lists.
        message.identify(
                "<sms-" + UUID.randomUUID() + "@" + settings.mailIdentity().domain() + ">");
        em.persist(message);
        queued.fire(new MessagesQueued());
        return true;
    }

    /** Whether the number said STOP (and not START since). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean stopped(String phone) {
        return em.find(SmsOptOut.class, phone) != null;
    }

    /** The number said STOP: it gets only what is essential to a booked visit from now on. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void stop(String phone) {
        if (!stopped(phone)) {
            em.persist(new SmsOptOut(phone, clock.instant()));
        }
    }

    /** The number said START: everything again. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void start(String phone) {
        SmsOptOut optOut = em.find(SmsOptOut.class, phone);
        if (optOut != null) {
            em.remove(optOut);
        }
    }

    /** The SMSC's ids of a text's parts, as it accepted them, for their receipts. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void accepted(long messageId, List<String> smscIds) {
        for (int i = 0; i < smscIds.size(); i++) {
            em.persist(new SmsPart(smscIds.get(i), messageId, i + 1));
        }
    }

    /**
     * A receipt for one part: an undelivered part makes its message undelivered (with the reason);
     * a delivered one is forgotten, and the message is delivered when none of its parts is left.
     * Answers the message, if the part was one of ours.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<OutboxMessage> receipt(String smscId, boolean delivered, String detail) {
        SmsPart part = em.find(SmsPart.class, smscId);
        if (part == null) {
            return Optional.empty();
        }
        // Locked before counting its parts: receipts of two parts recorded at once would each see
        // the other's part still there, and neither would call the text delivered.
        OutboxMessage message =
                em.find(OutboxMessage.class, part.getMessageId(), LockModeType.PESSIMISTIC_WRITE);
        if (message == null) {
            return Optional.empty();
        }
        if (!delivered) {
            message.receipt(false, detail, clock.instant());
            return Optional.of(message);
        }
        em.remove(part);
        em.flush();
        long left =
                em.createQuery("select count(p) from SmsPart p where p.messageId = :id", Long.class)
                        .setParameter("id", message.getId())
                        .getSingleResult();
        if (left == 0) {
            message.receipt(true, detail, clock.instant());
        }
        return Optional.of(message);
    }

    /**
     * Claims up to {@code limit} due messages for one dispatch run: pending ones whose time has
     * come, and ones whose earlier claim expired (a node that died while sending). Candidates are
     * found through the indexes first; the update checks their state again, so that a concurrent
     * claimer that waited for the row lock skips rows already taken. A node's senders each take
     * their own slice of the ids ({@code id mod slices}), so that they never wait for one another's
     * row locks.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutboxMessage> claim(String token, int limit, int slice, int slices) {
        Instant now = clock.instant();
        List<Long> candidates =
                new ArrayList<>(
                        ids(
                                """
                select id from outbox_message where state = 'PENDING' and next_attempt_at <= ?1 and mod(id, ?3) = ?4
                order by next_attempt_at, id limit ?2""",
                                now,
                                limit,
                                slice,
                                slices));
        if (candidates.size() < limit) {
            candidates.addAll(
                    ids(
                            """
                    select id from outbox_message where state = 'SENDING' and lease_until < ?1 and mod(id, ?3) = ?4
                    limit ?2""",
                            now,
                            limit - candidates.size(),
                            slice,
                            slices));
        }
        return claim(token, candidates);
    }

    /**
     * Claims these messages for the sender {@code token} with a fresh lease, those of them still
     * free to claim: pending and due, or sending under a lease that expired. The update checks
     * their state itself, so that of two claimers of one row the second, which waited for the row
     * lock, takes nothing.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutboxMessage> claim(String token, List<Long> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        em.createQuery(
                        """
                        update OutboxMessage m set m.state = :sending, m.claimedBy = :token, m.leaseUntil = :lease,
                        m.version = m.version + 1
                        where m.id in :ids and ((m.state = :pending and m.nextAttemptAt <= :now)
                                                or (m.state = :sending and m.leaseUntil < :now))""")
                .setParameter("sending", MessageState.SENDING)
                .setParameter("pending", MessageState.PENDING)
                .setParameter("token", token)
                .setParameter("lease", now.plus(settings.outboxLease()))
                .setParameter("ids", candidates)
                .setParameter("now", now)
                .executeUpdate();
        return em.createQuery(
                        "select m from OutboxMessage m where m.claimedBy = :token and m.state = :sending order by m.id",
                        OutboxMessage.class)
                .setParameter("token", token)
                .setParameter("sending", MessageState.SENDING)
                .getResultList();
    }

    private List<Long> ids(String sql, Instant now, int limit, int slice, int slices) {
        @SuppressWarnings("unchecked")
        List<Number> rows =
                em.createNativeQuery(sql)
                        .setParameter(1, now)
                        .setParameter(2, limit)
                        .setParameter(3, slices)
                        .setParameter(4, slice)
                        .getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    /*
     * Every change to a claimed message below is fenced by the claim's token: a sender whose lease
     * expired, and whose messages another sender has claimed since, changes nothing. Each runs in
     * its own short transaction, so that an outcome is kept as soon as the mail server gave it.
     */

    /**
     * Records a message as sent; answers whether the sender still held it. The usual outcome, once
     * per message, so it is one autocommitted statement on the non-JTA datasource rather than a
     * container transaction with a persistence context: that cost about 40% of the sending rate.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean sent(long id, String token) {
        try (Connection connection = direct.getConnection();
                PreparedStatement update =
                        connection.prepareStatement(
                                """
                        update outbox_message set state = 'SENT', sent_at = ?, last_error = null, claimed_by = null,
                        lease_until = null, version = version + 1
                        where id = ? and claimed_by = ? and state = 'SENDING'""")) {
            update.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            update.setLong(2, id);
            update.setString(3, token);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record message " + id + " as sent", e);
        }
    }

    /**
     * Records a failed attempt: the message is tried again after a back-off, or is dead once its
     * attempts are used up. Answers whether the sender still held it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean failed(long id, String token, String error) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null
                || message.getState() != MessageState.SENDING
                || !token.equals(message.getClaimedBy())) {
            return false;
        }
        Instant now = clock.instant();
        int attempts = message.getAttempts() + 1;
        Optional<Instant> next =
                new Backoff(settings.outboxMaxAttempts(), settings.outboxRetryBase())
                        .next(attempts, now);
        return em.createQuery(
                                """
                        update OutboxMessage m set m.state = :state, m.attempts = :attempts, m.lastError = :error,
                        m.nextAttemptAt = :next, m.claimedBy = null, m.leaseUntil = null, m.version = m.version + 1
                        where m.id = :id and m.claimedBy = :token and m.state = :sending""")
                        .setParameter(
                                "state",
                                next.isPresent() ? MessageState.PENDING : MessageState.DEAD)
                        .setParameter("attempts", attempts)
                        .setParameter("error", OutboxMessage.shortened(error))
                        .setParameter("next", next.orElse(message.getNextAttemptAt()))
                        .setParameter("id", id)
                        .setParameter("token", token)
                        .setParameter("sending", MessageState.SENDING)
                        .executeUpdate()
                == 1;
    }

    /**
     * Puts messages the sender claimed but never tried back in the queue, due at once, without
     * counting an attempt. Answers how many it still held.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int release(String token, List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery(
                        """
                        update OutboxMessage m set m.state = :pending, m.claimedBy = null, m.leaseUntil = null,
                        m.version = m.version + 1
                        where m.id in :ids and m.claimedBy = :token and m.state = :sending""")
                .setParameter("pending", MessageState.PENDING)
                .setParameter("ids", ids)
                .setParameter("token", token)
                .setParameter("sending", MessageState.SENDING)
                .executeUpdate();
    }

    /**
     * Extends the lease of what the sender still holds, from now; answers how many messages that
     * is.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int renew(String token) {
        return em.createQuery(
                        """
                        update OutboxMessage m set m.leaseUntil = :lease
                        where m.claimedBy = :token and m.state = :sending""")
                .setParameter("lease", clock.instant().plus(settings.outboxLease()))
                .setParameter("token", token)
                .setParameter("sending", MessageState.SENDING)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OutboxMessage> list(
            ForumScope scope,
            MessageState state,
            Long visitId,
            String recipient,
            String event,
            int first,
            int size) {
        return where(scope, state, visitId, recipient, event)
                .page(em, "OutboxMessage m", "m", "m.id desc", OutboxMessage.class, first, size);
    }

    /**
     * The newest messages from the {@code first}, {@code size} of them, not counted: the outbox
     * page reads the page it shows and counts with {@link #countUpTo}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutboxMessage> newest(
            ForumScope scope, MessageState state, String recipient, int first, int size) {
        return newestFirst(scope, state, recipient, "m", OutboxMessage.class)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    /**
     * How many messages {@link #newest} finds, up to {@code cap}: the ids of the newest {@code cap}
     * from the index on (campaign, state, id), not every message of a forum (25,000 in the read
     * benchmark) counted for a page that shows 25.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int countUpTo(ForumScope scope, MessageState state, String recipient, int cap) {
        return newestFirst(scope, state, recipient, "m.id", Long.class)
                .setFlushMode(FlushModeType.COMMIT)
                .setMaxResults(cap)
                .getResultList()
                .size();
    }

    private <T> TypedQuery<T> newestFirst(
            ForumScope scope, MessageState state, String recipient, String select, Class<T> type) {
        Where where = where(scope, state, null, recipient, null);
        return where.bind(
                em.createQuery(
                        "select "
                                + select
                                + " from OutboxMessage m"
                                + where.clause()
                                + " order by m.id desc",
                        type));
    }

    private static Where where(
            ForumScope scope, MessageState state, Long visitId, String recipient, String event) {
        return new Where()
                .withinBy(
                        scope,
                        "m.campaignId in (select c.id from Campaign c where c.forum.id in %s)")
                .equal("m.state", "state", state)
                .equal("m.visitId", "visitId", visitId)
                .equal(
                        "m.recipientEmail",
                        "recipient",
                        recipient == null ? null : recipient.trim().toLowerCase())
                .equal("m.event", "event", event);
    }

    /**
     * A message of a campaign in the caller's scope; messages that belong to no campaign (a
     * volunteer's weekly list) are seen nationally only.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OutboxMessage get(ForumScope scope, long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        Campaign campaign =
                message == null || message.getCampaignId() == null
                        ? null
                        : em.find(Campaign.class, message.getCampaignId());
        if (message == null
                || !scope.national()
                        && (campaign == null || !scope.includes(campaign.getForum().getId()))) {
            throw NotFound.of("message", id);
        }
        return message;
    }

    /** The bytes of the file attached to a message, if any is still kept. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<byte[]> attachment(long messageId) {
        return Optional.ofNullable(em.find(OutboxAttachment.class, messageId))
                .map(OutboxAttachment::getContent);
    }

    /**
     * Empties the bodies of messages sent more than {@code OUTBOX_KEEP_DAYS} (30) ago: the links in
     * them let their recipient act without a login, and a copy kept for ever is a copy that can
     * leak. Messages never sent keep theirs, for a retry. Answers how many were purged.
     */
    public int purge() {
        Instant cutoff = clock.instant().minus(settings.outboxKeep());
        em.createQuery(
                        """
                        delete from OutboxAttachment a where a.messageId in (select m.id from OutboxMessage m
                        where m.state = :sent and m.sentAt < :cutoff and m.purgedAt is null)""")
                .setParameter("sent", MessageState.SENT)
                .setParameter("cutoff", cutoff)
                .executeUpdate();
        int purged =
                em.createQuery(
                                """
                        update OutboxMessage m set m.bodyText = '', m.bodyHtml = '', m.ics = null, m.unsubscribeUrl = null,
                        m.purgedAt = :now where m.state = :sent and m.sentAt < :cutoff and m.purgedAt is null""")
                        .setParameter("now", clock.instant())
                        .setParameter("sent", MessageState.SENT)
                        .setParameter("cutoff", cutoff)
                        .executeUpdate();
        if (purged > 0) {
            audited.fire(
                    Audited.of(
                            "outbox.purge",
                            "outbox",
                            null,
                            purged + " messages sent before " + cutoff));
        }
        return purged;
    }

    /**
     * An erased person's messages keep their state and Message-ID, but not their address, name or
     * contents.
     */
    void onErased(@Observes Erased erased) {
        em.createQuery(
                        """
                        delete from OutboxAttachment a where a.messageId in (select m.id from OutboxMessage m
                        where lower(m.recipientEmail) = :email)""")
                .setParameter("email", erased.email().toLowerCase(Locale.ROOT))
                .executeUpdate();
        List<String> phones =
                em.createQuery(
                                """
                        select distinct m.recipientPhone from OutboxMessage m
                        where lower(m.recipientEmail) = :email and m.recipientPhone is not null""",
                                String.class)
                        .setParameter("email", erased.email().toLowerCase(Locale.ROOT))
                        .getResultList();
        if (!phones.isEmpty()) {
            em.createQuery("delete from SmsOptOut o where o.phone in :phones")
                    .setParameter("phones", phones)
                    .executeUpdate();
        }
        em.createQuery(
                        """
                        update OutboxMessage m set m.recipientEmail = :marker, m.recipientName = :name, m.bodyText = '',
                        m.bodyHtml = '', m.ics = null, m.unsubscribeUrl = null, m.recipientPhone = null,
                        m.purgedAt = :now
                        where lower(m.recipientEmail) = :email""")
                .setParameter("marker", erased.marker())
                .setParameter("name", Erased.NAME)
                .setParameter("now", clock.instant())
                .setParameter("email", erased.email().toLowerCase(Locale.ROOT))
                .executeUpdate();
        em.createNativeQuery("delete from mail_opt_out where lower(email) = ?1")
                .setParameter(1, erased.email().toLowerCase(Locale.ROOT))
                .executeUpdate();
    }

    /**
     * Puts a dead (or failing) message back in the queue with a fresh count of attempts; one being
     * sent is left to its sender, whose outcome would otherwise be lost.
     */
    public OutboxMessage retry(ForumScope scope, long id) {
        OutboxMessage message = get(scope, id);
        if (message.getState() != MessageState.SENT
                && message.getState() != MessageState.SENDING
                && message.getPurgedAt() == null) {
            message.retry(clock.instant());
            queued.fire(new MessagesQueued());
        }
        return message;
    }
}
