-- A proposal can be solved again around the visits the organiser locked (issue 17, part 5): when its latest solving
-- began, so that one lost with its node is told from one asked for again later.
alter table proposal add column solving_since timestamp with time zone;
update proposal set solving_since = created_at;
