-- Lesson materials: a lesson (topic and age band) has numbered versions, each with its texts per language and an
-- approval state; files and links hang on the lesson. A visit keeps the exact version it was given.
create sequence material_seq start with 1 increment by 50;
create sequence material_version_seq start with 1 increment by 50;
create sequence material_text_seq start with 1 increment by 50;
create sequence material_file_seq start with 1 increment by 50;

create table material (
    id          bigint                   not null primary key,
    slug        varchar(80)              unique,
    topic_slug  varchar(40)              not null references topic (slug),
    age_band    varchar(20)              not null,
    created_at  timestamp with time zone not null,
    version     integer                  not null default 0
);
create index material_topic_idx on material (topic_slug, age_band);

create table material_version (
    id          bigint                   not null primary key,
    material_id bigint                   not null references material (id),
    number      integer                  not null,
    state       varchar(20)              not null,
    origin      varchar(20)              not null,
    checksum    varchar(64),
    created_at  timestamp with time zone not null,
    created_by  varchar(200),
    version     integer                  not null default 0,
    constraint material_version_number_uq unique (material_id, number)
);

create table material_text (
    id               bigint         not null primary key,
    version_id       bigint         not null references material_version (id),
    language         varchar(5)     not null,
    title            varchar(200)   not null,
    duration_minutes integer,
    body_markdown    varchar(200000) not null,
    quiz             varchar(20000),
    constraint material_text_language_uq unique (version_id, language)
);

create table material_file (
    id           bigint                   not null primary key,
    material_id  bigint                   not null references material (id),
    kind         varchar(10)              not null,
    name         varchar(200)             not null,
    content_type varchar(120),
    size_bytes   bigint,
    sha256       varchar(64),
    storage_key  varchar(80)              unique,
    url          varchar(2000),
    created_at   timestamp with time zone not null,
    created_by   varchar(200)
);
create index material_file_material_idx on material_file (material_id);

-- The lesson is the version's; the service gives a visit at most one version of each lesson.
create table visit_material (
    visit_id    bigint  not null references visit (id),
    version_id  bigint  not null references material_version (id),
    position    integer not null,
    primary key (visit_id, position)
);
create index visit_material_version_idx on visit_material (version_id);

-- Where a forum sends a pupil who discloses something: organisations and numbers differ from place to place and
-- change, so organisers keep them here and the lessons show them instead of inventing any.
alter table forum add column referral_contacts varchar(4000);
