-- What happened at a visit, as its lead volunteer, an organiser or the school reported it.
create table participation (
    visit_id    bigint                   not null primary key references visit (id) on delete cascade,
    girls       integer                  not null,
    boys        integer                  not null,
    teachers    integer                  not null,
    sessions    integer                  not null,
    notes       varchar(4000),
    reported_by varchar(254)             not null,
    reported_at timestamp with time zone not null,
    version     integer                  not null default 0
);
