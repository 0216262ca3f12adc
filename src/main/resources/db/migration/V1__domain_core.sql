-- Domain core: topics, forums, campaigns with reminder rules, schools with contacts, volunteers,
-- visits with their volunteers and history, and the users who log in.
-- Written once for H2 and PostgreSQL: only types and syntax both accept.

create sequence forum_seq start with 1 increment by 50;
create sequence campaign_seq start with 1 increment by 50;
create sequence school_seq start with 1 increment by 50;
create sequence volunteer_seq start with 1 increment by 50;
create sequence visit_seq start with 1 increment by 50;
create sequence visit_change_seq start with 1 increment by 50;
create sequence app_user_seq start with 1 increment by 50;

create table topic (
    slug        varchar(40)  not null primary key,
    name_en     varchar(120) not null,
    name_ar     varchar(120),
    name_ckb    varchar(120),
    version     integer      not null default 0
);

create table forum (
    id          bigint       not null primary key,
    name        varchar(200) not null,
    governorate varchar(100) not null,
    district    varchar(100) not null,
    version     integer      not null default 0
);

create table campaign (
    id              bigint        not null primary key,
    name            varchar(200)  not null,
    topic_slug      varchar(40)   not null references topic (slug),
    forum_id        bigint        not null references forum (id),
    description     varchar(4000),
    governorate     varchar(100)  not null,
    start_date      date          not null,
    end_date        date          not null,
    status          varchar(16)   not null,
    time_zone       varchar(64)   not null,
    target_schools  integer,
    target_students integer,
    version         integer       not null default 0
);
create index campaign_forum_idx on campaign (forum_id);
create index campaign_topic_idx on campaign (topic_slug);

create table campaign_district (
    campaign_id bigint       not null references campaign (id) on delete cascade,
    position    integer      not null,
    district    varchar(100) not null,
    primary key (campaign_id, position)
);

create table campaign_reminder (
    campaign_id bigint      not null references campaign (id) on delete cascade,
    position    integer     not null,
    audience    varchar(16) not null,
    before_at   varchar(32) not null,
    primary key (campaign_id, position)
);

create table school (
    id          bigint       not null primary key,
    name        varchar(200) not null,
    name_latin  varchar(200),
    governorate varchar(100) not null,
    district    varchar(100) not null,
    level       varchar(16)  not null,
    school_type varchar(16)  not null,
    students    integer,
    version     integer      not null default 0
);

create table school_contact (
    school_id bigint       not null references school (id) on delete cascade,
    position  integer      not null,
    name      varchar(200) not null,
    email     varchar(254) not null,
    phone     varchar(40),
    language  varchar(3)   not null,
    primary key (school_id, position)
);

create table volunteer (
    id             bigint       not null primary key,
    name           varchar(200) not null,
    email          varchar(254) not null,
    phone          varchar(40),
    forum_id       bigint       references forum (id),
    language       varchar(3)   not null,
    police_officer boolean      not null default false,
    version        integer      not null default 0,
    constraint volunteer_email_uk unique (email)
);

create table volunteer_language (
    volunteer_id bigint     not null references volunteer (id) on delete cascade,
    position     integer    not null,
    language     varchar(3) not null,
    primary key (volunteer_id, position)
);

create table visit (
    id                bigint                   not null primary key,
    campaign_id       bigint                   not null references campaign (id),
    school_id         bigint                   not null references school (id),
    start_at          timestamp with time zone not null,
    end_at            timestamp with time zone not null,
    duration_minutes  integer                  not null,
    expected_students integer,
    status            varchar(16)              not null,
    sequence_no       integer                  not null default 0,
    created_at        timestamp with time zone not null,
    version           integer                  not null default 0
);
create index visit_campaign_idx on visit (campaign_id);
create index visit_school_start_idx on visit (school_id, start_at);
create index visit_start_idx on visit (start_at);

create table visit_volunteer (
    visit_id     bigint  not null references visit (id) on delete cascade,
    position     integer not null,
    volunteer_id bigint  not null references volunteer (id),
    primary key (visit_id, position)
);
create index visit_volunteer_volunteer_idx on visit_volunteer (volunteer_id);

-- Every move or cancellation of a visit, so rescheduling keeps its history.
create table visit_change (
    id                   bigint                   not null primary key,
    visit_id             bigint                   not null references visit (id) on delete cascade,
    changed_at           timestamp with time zone not null,
    kind                 varchar(16)              not null,
    old_start_at         timestamp with time zone,
    old_duration_minutes integer,
    new_start_at         timestamp with time zone,
    new_duration_minutes integer,
    changed_by           varchar(254)
);
create index visit_change_visit_idx on visit_change (visit_id);

create table app_user (
    id            bigint       not null primary key,
    email         varchar(254) not null,
    name          varchar(200) not null,
    password_hash varchar(512) not null,
    role          varchar(16)  not null,
    language      varchar(3)   not null,
    volunteer_id  bigint       references volunteer (id),
    created_at    timestamp with time zone not null,
    version       integer      not null default 0,
    constraint app_user_email_uk unique (email)
);

-- The topics every deployment starts with; organisers may add more.
insert into topic (slug, name_en, name_ar, name_ckb) values
    ('drugs', 'Dangers of drugs', 'مخاطر المخدرات', 'مەترسییەکانی ماددە هۆشبەرەکان');
insert into topic (slug, name_en, name_ar, name_ckb) values
    ('harassment', 'Sexual harassment', 'التحرش الجنسي', 'دەستدرێژی سێکسی');
insert into topic (slug, name_en, name_ar, name_ckb) values
    ('internet-misuse', 'Internet misuse', 'سوء استخدام الإنترنت', 'خراپ بەکارهێنانی ئینتەرنێت');
