-- Reach kept as reports arrive, per campaign and school, so that a dashboard or a summary without dates adds up a
-- row per school rather than every report of the scope (125,000 for a campaign at a million visits). Derived from
-- participation and visit alone, and rebuilt per campaign and school by the application (ReachSums) with each
-- report and each cancellation; filled here from what is stored.
create table reach_sum (
    campaign_id bigint not null references campaign (id) on delete cascade,
    school_id   bigint not null references school (id) on delete cascade,
    reports     bigint not null,
    girls       bigint not null,
    boys        bigint not null,
    teachers    bigint not null,
    sessions    bigint not null,
    primary key (campaign_id, school_id)
);

create table reach_grade_sum (
    campaign_id bigint      not null references campaign (id) on delete cascade,
    school_id   bigint      not null references school (id) on delete cascade,
    grade       varchar(40) not null,
    girls       bigint      not null,
    boys        bigint      not null,
    primary key (campaign_id, school_id, grade)
);

create index reach_sum_school on reach_sum (school_id);

insert into reach_sum (campaign_id, school_id, reports, girls, boys, teachers, sessions)
select v.campaign_id, v.school_id, count(*), sum(p.girls), sum(p.boys), sum(p.teachers), sum(p.sessions)
from participation p join visit v on v.id = p.visit_id
where v.status <> 'CANCELLED'
group by v.campaign_id, v.school_id;

insert into reach_grade_sum (campaign_id, school_id, grade, girls, boys)
select v.campaign_id, v.school_id, g.grade, sum(g.girls), sum(g.boys)
from participation_grade g join visit v on v.id = g.visit_id
where v.status <> 'CANCELLED'
group by v.campaign_id, v.school_id, g.grade;
