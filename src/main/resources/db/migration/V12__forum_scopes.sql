-- Scopes: everything an organiser sees and changes belongs to a forum, and a user's scope is a set of forums
-- (organiser), a governorate (coordinator: every forum in it) or national (administrator).

-- An organiser's forums. Who followed one forum keeps it; who followed none saw every forum before, and keeps
-- seeing the forums that exist now (a forum created later is added to them by an administrator).
create table app_user_forum (
    user_id  bigint not null references app_user (id) on delete cascade,
    forum_id bigint not null references forum (id),
    primary key (user_id, forum_id)
);
create index app_user_forum_forum_idx on app_user_forum (forum_id);
insert into app_user_forum (user_id, forum_id)
    select id, forum_id from app_user where role = 'ORGANISER' and forum_id is not null;
insert into app_user_forum (user_id, forum_id)
    select u.id, f.id from app_user u cross join forum f where u.role = 'ORGANISER' and u.forum_id is null;
alter table app_user drop column forum_id;

-- A coordinator's governorate.
alter table app_user add column governorate varchar(100);

-- A school belongs to the forum whose campaigns visited it most (ties: the older forum); a school never visited,
-- to the older forum of its district, else of its governorate. A school left without one (no forum in its
-- governorate) is seen by administrators only until one of them gives it a forum.
alter table school add column forum_id bigint references forum (id);
update school set forum_id = (
    select c.forum_id from visit v join campaign c on c.id = v.campaign_id where v.school_id = school.id
    group by c.forum_id order by count(*) desc, c.forum_id fetch first 1 rows only);
update school set forum_id = (
    select min(f.id) from forum f where f.governorate = school.governorate and f.district = school.district)
    where forum_id is null;
update school set forum_id = (select min(f.id) from forum f where f.governorate = school.governorate)
    where forum_id is null;
create index school_forum_idx on school (forum_id);

-- A volunteer without a forum joins the one whose visits they were on most; one never on a visit stays without
-- a forum and is seen by administrators only until one of them gives it a forum.
update volunteer set forum_id = (
    select c.forum_id from visit_volunteer vv join visit v on v.id = vv.visit_id
    join campaign c on c.id = v.campaign_id where vv.volunteer_id = volunteer.id
    group by c.forum_id order by count(*) desc, c.forum_id fetch first 1 rows only)
    where forum_id is null;
create index volunteer_forum_idx on volunteer (forum_id);
