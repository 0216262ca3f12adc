-- An organiser may follow one forum: its participation summaries and digests are then theirs alone.
-- Organisers without a forum, and administrators, keep getting every forum's.
alter table app_user add column forum_id bigint references forum (id);
create index app_user_forum_idx on app_user (forum_id);
