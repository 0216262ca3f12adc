-- Auto-planning (issue 17): the language a school's pupils are taught in (a Sorani-medium school gets a Sorani
-- speaker), and the proposals the solver makes: a draft of a campaign's visits that nothing is sent for until an
-- organiser commits it.
alter table school add column teaching_language varchar(8);

create sequence proposal_seq start with 1 increment by 50;
create table proposal (
    id                bigint                   not null primary key,
    campaign_id       bigint                   not null references campaign (id) on delete cascade,
    first_day         date                     not null,
    last_day          date                     not null,
    visits_per_school integer                  not null,
    duration_minutes  integer                  not null,
    seconds_limit     integer                  not null,
    status            varchar(16)              not null,
    score             varchar(100),
    stop_requested    boolean                  not null,
    created_by        varchar(254),
    created_at        timestamp with time zone not null,
    finished_at       timestamp with time zone,
    failure           varchar(1000),
    version           integer                  not null
);
create index proposal_campaign_idx on proposal (campaign_id);

create table proposal_visit (
    proposal_id bigint      not null references proposal (id) on delete cascade,
    position    integer     not null,
    school_id   bigint      not null references school (id) on delete cascade,
    start_at    timestamp with time zone,
    lead_id     bigint,
    partner_id  bigint,
    locked      boolean     not null,
    unplaced    varchar(40),
    visit_id    bigint,
    primary key (proposal_id, position)
);
