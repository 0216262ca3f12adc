-- Participation in detail: students by grade, quiz aggregates per class (never a pupil's answers or name), every
-- report kept as a revision so that corrections leave a history, and the reach ledger's trainings and workshops.
create sequence participation_revision_seq start with 1 increment by 50;
create sequence training_seq start with 1 increment by 50;

create table participation_grade (
    visit_id bigint      not null references participation (visit_id) on delete cascade,
    position integer     not null,
    grade    varchar(40) not null,
    girls    integer     not null,
    boys     integer     not null,
    primary key (visit_id, position)
);

-- One class's quiz: pupils who answered and correct answers per question (comma-separated, in the quiz's order)
-- before and after the session; either side may be missing when a class ran only one of them.
create table participation_quiz (
    visit_id     bigint      not null references participation (visit_id) on delete cascade,
    position     integer     not null,
    class_label  varchar(80) not null,
    version_id   bigint      not null references material_version (id),
    pre_pupils   integer,
    pre_correct  varchar(1000),
    post_pupils  integer,
    post_correct varchar(1000),
    primary key (visit_id, position)
);

create table participation_revision (
    id          bigint                   not null primary key,
    visit_id    bigint                   not null references visit (id) on delete cascade,
    revision    integer                  not null,
    report      varchar(20000)           not null,
    reported_by varchar(254)             not null,
    reported_at timestamp with time zone not null,
    constraint participation_revision_uq unique (visit_id, revision)
);

-- Trainings and workshops for adults (police officers, community members, teachers): people are counted once per
-- event by role and gender, whatever the number of its sessions.
create table training (
    id          bigint                   not null primary key,
    forum_id    bigint                   not null references forum (id),
    campaign_id bigint                   references campaign (id),
    kind        varchar(20)              not null,
    title       varchar(200)             not null,
    held_on     date                     not null,
    governorate varchar(100)             not null,
    district    varchar(100)             not null,
    sessions    integer                  not null,
    notes       varchar(4000),
    created_by  varchar(254)             not null,
    created_at  timestamp with time zone not null,
    version     integer                  not null default 0
);
create index training_forum_idx on training (forum_id, held_on);

create table training_attendance (
    training_id bigint      not null references training (id) on delete cascade,
    position    integer     not null,
    role        varchar(20) not null,
    women       integer     not null,
    men         integer     not null,
    primary key (training_id, position)
);
