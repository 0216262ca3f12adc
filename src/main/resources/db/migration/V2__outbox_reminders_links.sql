-- Email outbox, planned reminders, capability links for school contacts, opt-outs and the application's
-- own secrets. Written once for H2 and PostgreSQL.

create sequence outbox_seq start with 1 increment by 50;
create sequence reminder_seq start with 1 increment by 50;
create sequence capability_link_seq start with 1 increment by 50;

-- Every message the system sends, written in the transaction of the change that causes it. dedup_key is
-- event, recipient, subject (visit) and its revision: the database itself refuses a second copy.
create table outbox_message (
    id              bigint                   not null primary key,
    dedup_key       varchar(400)             not null,
    event           varchar(40)              not null,
    recipient_email varchar(254)             not null,
    recipient_name  varchar(200),
    language        varchar(3)               not null,
    visit_id        bigint,
    campaign_id     bigint,
    subject         varchar(500)             not null,
    body_text       varchar(100000)          not null,
    body_html       varchar(200000)          not null,
    ics             varchar(20000),
    ics_method      varchar(10),
    unsubscribe_url varchar(1000),
    message_id      varchar(300)             not null,
    state           varchar(10)              not null,
    attempts        integer                  not null default 0,
    next_attempt_at timestamp with time zone not null,
    last_error      varchar(2000),
    claimed_by      varchar(36),
    lease_until     timestamp with time zone,
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone,
    version         integer                  not null default 0,
    constraint outbox_message_dedup_uk unique (dedup_key)
);
create index outbox_message_due_idx on outbox_message (state, next_attempt_at);
create index outbox_message_visit_idx on outbox_message (visit_id);

-- One row per reminder a visit's campaign rules call for; the Quartz trigger that fires it is keyed by id.
create table planned_reminder (
    id             bigint                   not null primary key,
    visit_id       bigint                   not null references visit (id) on delete cascade,
    audience       varchar(16)              not null,
    before_at      varchar(32),
    due_at         timestamp with time zone not null,
    visit_sequence integer                  not null,
    state          varchar(12)              not null,
    created_at     timestamp with time zone not null,
    done_at        timestamp with time zone
);
create index planned_reminder_visit_idx on planned_reminder (visit_id);
create index planned_reminder_state_due_idx on planned_reminder (state, due_at);

-- Links in emails to school contacts: one visit, one action, expiring. Only a SHA-256 of the token is kept.
create table capability_link (
    id              bigint                   not null primary key,
    token_hash      varchar(64)              not null,
    visit_id        bigint                   not null references visit (id) on delete cascade,
    action          varchar(20)              not null,
    recipient_email varchar(254)             not null,
    language        varchar(3)               not null,
    expires_at      timestamp with time zone not null,
    used_at         timestamp with time zone,
    created_at      timestamp with time zone not null,
    constraint capability_link_token_uk unique (token_hash)
);
create index capability_link_visit_idx on capability_link (visit_id);

-- What a visit's school contact asked for through a link (confirmation, another date).
create table visit_request (
    id             bigint                   not null primary key,
    visit_id       bigint                   not null references visit (id) on delete cascade,
    kind           varchar(20)              not null,
    requested_by   varchar(254)             not null,
    proposed_start timestamp with time zone,
    note           varchar(2000),
    created_at     timestamp with time zone not null
);
create sequence visit_request_seq start with 1 increment by 50;

-- People who clicked "unsubscribe" on a digest.
create table mail_opt_out (
    email      varchar(254)             not null,
    kind       varchar(20)              not null,
    created_at timestamp with time zone not null,
    primary key (email, kind)
);

-- Secrets the application makes for itself on first start (HMAC keys for unsubscribe and feed links),
-- shared by every node of a cluster through the database.
create table app_secret (
    name   varchar(40)  not null primary key,
    secret varchar(200) not null
);
