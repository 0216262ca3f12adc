-- The data of the read benchmark (bench/reads.sh), written straight into a migrated PostgreSQL database:
-- 4 forums in Baghdad with a campaign each, 200 schools, 200 volunteers and :visits visits (psql variable,
-- 100,000 by default in reads.sh) spread evenly from a year ago to a year ahead, each with a team of two of its
-- forum's volunteers (with 100,000 visits: 1,000 per volunteer, about 41 in any 30 days). Every held visit has
-- its participation report (one grade), and every visit one email in the outbox (sent, or dead for one in ten).
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

-- Visit i is of forum f = i % 4 + 1, at one of that forum's 50 schools, evenly over two years from a year ago
-- (every 10.5 minutes with 100,000 visits); past ones are done (one in 20 cancelled), coming ones planned or
-- confirmed.
insert into visit (id, campaign_id, school_id, start_at, end_at, duration_minutes, expected_students, status,
                   sequence_no, created_at, version)
select 1000000 + i, 1000000 + f, 1000000 + 4 * (((i / 4) * 7) % 50) + f, s, s + interval '90 minutes', 90, 60,
       case when i % 20 = 0 then 'CANCELLED'
            when s < now() then 'DONE'
            when i % 3 = 0 then 'CONFIRMED'
            else 'PLANNED' end,
       0, s - interval '30 days', 0
from (select i, i % 4 + 1 as f, now() - interval '365 days' + i * (interval '730 days' / :visits) as s
      from generate_series(0, :visits - 1) i) g;

-- The lead is one of the forum's 50 volunteers; the second another of them (an offset of 1 to 49 of 50).
insert into visit_volunteer (visit_id, position, volunteer_id)
select 1000000 + i, 0, 1000000 + 4 * (((i / 4) * 3) % 50) + i % 4 + 1 from generate_series(0, :visits - 1) i
union all
select 1000000 + i, 1, 1000000 + 4 * ((((i / 4) * 3) % 50 + 1 + (i / 4) % 49) % 50) + i % 4 + 1
from generate_series(0, :visits - 1) i;

insert into participation (visit_id, girls, boys, teachers, sessions, notes, reported_by, reported_at, version)
select id, 20 + id % 17, 25 + id % 13, 2 + id % 3, 1 + id % 2, null, 'bench-volunteer-1@bench.example',
       end_at + interval '2 hours', 0
from visit where id >= 1000000 and status = 'DONE';

insert into participation_grade (visit_id, position, grade, girls, boys)
select visit_id, 0, 'Grade 5', girls, boys from participation where visit_id >= 1000000;

-- The sums the server keeps per campaign and school as reports arrive (ReachSums), for the reports written here
-- behind its back: as V32__reach_sums.sql fills them from what is stored.
insert into reach_sum (campaign_id, school_id, reports, girls, boys, teachers, sessions)
select v.campaign_id, v.school_id, count(*), sum(p.girls), sum(p.boys), sum(p.teachers), sum(p.sessions)
from participation p join visit v on v.id = p.visit_id
where v.id >= 1000000 and v.status <> 'CANCELLED'
group by v.campaign_id, v.school_id;

insert into reach_grade_sum (campaign_id, school_id, grade, girls, boys)
select v.campaign_id, v.school_id, g.grade, sum(g.girls), sum(g.boys)
from participation_grade g join visit v on v.id = g.visit_id
where v.id >= 1000000 and v.status <> 'CANCELLED'
group by v.campaign_id, v.school_id, g.grade;

-- One email per visit, about 1.5 KB as the real ones are, so that the table has its real size on disk.
insert into outbox_message (id, dedup_key, event, recipient_email, recipient_name, language, visit_id, campaign_id,
                            subject, body_text, body_html, message_id, state, attempts, next_attempt_at,
                            last_error, created_at, sent_at, version, sender_name)
select v.id, 'bench:' || v.id, 'INVITATION', 'contact-' || v.school_id || '@school.bench.example',
       'School contact ' || v.school_id, 'AR', v.id, v.campaign_id,
       'Awareness visit on ' || to_char(v.start_at, 'DD/MM/YYYY'),
       repeat('The forum invites your school to an awareness session. ', 10),
       '<p>' || repeat('The forum invites your school to an awareness session. ', 15) || '</p>',
       '<bench-' || v.id || '@bench.example>',
       case when v.id % 10 = 0 then 'DEAD' else 'SENT' end,
       case when v.id % 10 = 0 then 8 else 1 end,
       v.created_at, case when v.id % 10 = 0 then '550 mailbox unavailable' end,
       v.created_at, case when v.id % 10 = 0 then null else v.created_at + interval '1 minute' end, 0,
       'Bench forum'
from visit v where v.id >= 1000000;

select setval('forum_seq', 2000000);
select setval('campaign_seq', 2000000);
select setval('school_seq', 2000000);
select setval('volunteer_seq', 2000000);
select setval('visit_seq', greatest(2000000, 1000000 + :visits + 1));
select setval('outbox_seq', greatest(2000000, 1000000 + :visits + 1));
