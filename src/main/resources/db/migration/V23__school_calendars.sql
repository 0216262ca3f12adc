-- School calendars (issue 17): a governorate's weekly days off and its terms, holidays and exam periods (the federal
-- and the Kurdistan Region calendars differ), a school's own periods, and the shift it teaches in with its hours
-- (many Iraqi schools share a building in two or three shifts). A visit outside them is refused unless an organiser
-- overrides with a reason, which the visit's history keeps.
create table governorate_calendar (
    governorate varchar(100) not null primary key,
    days_off    varchar(100) not null,
    version     integer      not null
);

create table governorate_calendar_period (
    governorate varchar(100) not null references governorate_calendar (governorate) on delete cascade,
    position    integer      not null,
    kind        varchar(16)  not null,
    name        varchar(200) not null,
    first_day   date         not null,
    last_day    date         not null,
    primary key (governorate, position)
);

create table school_calendar_period (
    school_id bigint       not null references school (id) on delete cascade,
    position  integer      not null,
    kind      varchar(16)  not null,
    name      varchar(200) not null,
    first_day date         not null,
    last_day  date         not null,
    primary key (school_id, position)
);

alter table school add column shift varchar(16);
alter table school add column shift_start time;
alter table school add column shift_end time;

-- An organiser who schedules a visit outside the school's calendar says why; the reason is the history's.
alter table visit_change add column reason varchar(1000);
