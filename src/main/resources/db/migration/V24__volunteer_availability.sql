-- Volunteers' availability (issue 17): the weekly hours they can go to schools, the dates they are away, how many
-- visits a week they take at most, and what the planner and safeguarding rules need to know of them.
alter table volunteer add column gender varchar(8);
alter table volunteer add column home_district varchar(100);
alter table volunteer add column unit varchar(200);
alter table volunteer add column max_visits_per_week integer;

create table volunteer_window (
    volunteer_id bigint      not null references volunteer (id) on delete cascade,
    position     integer     not null,
    day_of_week  varchar(10) not null,
    start_time   time        not null,
    end_time     time        not null,
    primary key (volunteer_id, position)
);

create table volunteer_away (
    volunteer_id bigint  not null references volunteer (id) on delete cascade,
    position     integer not null,
    first_day    date    not null,
    last_day     date    not null,
    primary key (volunteer_id, position)
);
