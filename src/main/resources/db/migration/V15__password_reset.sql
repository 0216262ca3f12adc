-- Password resets by an emailed single-use link that expires in an hour; only the SHA-256 of its token is kept.
create sequence password_reset_seq start with 1 increment by 50;
create table password_reset (
    id         bigint                   not null primary key,
    user_id    bigint                   not null references app_user (id) on delete cascade,
    token_hash varchar(64)              not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone,
    created_at timestamp with time zone not null,
    constraint password_reset_token_uk unique (token_hash)
);
create index password_reset_user_idx on password_reset (user_id);
