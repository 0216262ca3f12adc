-- The data of the read benchmark (bench/reads.sh), written straight into a migrated PostgreSQL database:
-- 4 forums with a campaign each, 200 schools, 200 volunteers and 100,000 visits from a year ago to a year ahead,
-- each with a team of two of its forum's volunteers (1,000 visits per volunteer, about 41 in any 30 days).
-- Ids start at 1,000,000, above anything the server creates at start-up; the sequences are moved past them.

insert into topic (slug, name_en) values ('bench-reads', 'Read benchmark') on conflict do nothing;

insert into forum (id, name, governorate, district)
select 1000000 + f, 'Bench forum ' || f, 'Baghdad', 'District ' || f from generate_series(1, 4) f;

insert into campaign (id, name, topic_slug, forum_id, governorate, start_date, end_date, status, time_zone)
select 1000000 + f, 'Bench campaign ' || f, 'bench-reads', 1000000 + f, 'Baghdad',
       current_date - 400, current_date + 400, 'ACTIVE', 'Asia/Baghdad'
from generate_series(1, 4) f;

-- School and volunteer 1,000,000 + n belong to forum 1,000,000 + ((n - 1) % 4 + 1).
insert into school (id, name, governorate, district, level, school_type, students, forum_id)
select 1000000 + n, 'Bench school ' || n, 'Baghdad', 'District ' || ((n - 1) % 4 + 1), 'PRIMARY', 'MIXED', 400,
       1000000 + (n - 1) % 4 + 1
from generate_series(1, 200) n;

insert into volunteer (id, name, email, forum_id, language)
select 1000000 + n, 'Bench volunteer ' || n, 'bench-volunteer-' || n || '@bench.example',
       1000000 + (n - 1) % 4 + 1, 'AR'
from generate_series(1, 200) n;

-- Visit i is of forum f = i % 4 + 1, at one of that forum's 50 schools, every 10.5 minutes (over all forums)
-- from a year ago; past ones are done (one in 20 cancelled), coming ones planned or confirmed.
insert into visit (id, campaign_id, school_id, start_at, end_at, duration_minutes, expected_students, status,
                   sequence_no, created_at, version)
select 1000000 + i, 1000000 + f, 1000000 + 4 * (((i / 4) * 7) % 50) + f, s, s + interval '90 minutes', 90, 60,
       case when i % 20 = 0 then 'CANCELLED'
            when s < now() then 'DONE'
            when i % 3 = 0 then 'CONFIRMED'
            else 'PLANNED' end,
       0, s - interval '30 days', 0
from (select i, i % 4 + 1 as f, now() - interval '365 days' + i * interval '630 seconds' as s
      from generate_series(0, 99999) i) g;

-- The lead is one of the forum's 50 volunteers; the second another of them (an offset of 1 to 49 of 50).
insert into visit_volunteer (visit_id, position, volunteer_id)
select 1000000 + i, 0, 1000000 + 4 * (((i / 4) * 3) % 50) + i % 4 + 1 from generate_series(0, 99999) i
union all
select 1000000 + i, 1, 1000000 + 4 * ((((i / 4) * 3) % 50 + 1 + (i / 4) % 49) % 50) + i % 4 + 1
from generate_series(0, 99999) i;

select setval('forum_seq', 2000000);
select setval('campaign_seq', 2000000);
select setval('school_seq', 2000000);
select setval('volunteer_seq', 2000000);
select setval('visit_seq', 2000000);

analyze;
