-- Who did what, when and from where: logins and failed logins, role and scope changes, cancellations, imports,
-- exports, approvals, purges and erasures. Never a password or a token.
create sequence audit_event_seq start with 1 increment by 50;
create table audit_event (
    id          bigint                   not null primary key,
    at          timestamp with time zone not null,
    actor       varchar(254),
    address     varchar(64),
    action      varchar(40)              not null,
    target_type varchar(40),
    target_id   varchar(64),
    detail      varchar(1000)
);
create index audit_event_at_idx on audit_event (at);
create index audit_event_actor_idx on audit_event (actor, at);
create index audit_event_action_idx on audit_event (action, at);
