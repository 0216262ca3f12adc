-- PostgreSQL's default cost of a random page read (4, four times a sequential one) models spinning disks. With the
-- application's data in memory or on SSD it makes the planner walk the wrong index: the visit list filtered by
-- status walked the start index past every held visit of all forums (50,000 rows, 7 to 22 ms) rather than the
-- index on (status, start), 1 ms, because that index's order differs from the table's and each of its rows was
-- costed as a disk seek. 1.1 is PostgreSQL's own suggestion for SSD (docs, "Planner Cost Constants"); measured
-- on the read benchmark it also took the organiser's view of a volunteer's month and the dashboard from 17 and
-- 24 ms to 11 and 17 ms serially, and slowed none.
--
-- The setting is the database's default for new sessions, so it holds from the next connection on (all of them
-- after a restart). Only the database's owner may set it: a deployment whose user is not the owner is told in
-- the log and keeps its own setting (docs/settings.md says how a DBA sets it).
do $$
begin
    execute format('alter database %I set random_page_cost = 1.1', current_database());
exception when insufficient_privilege then
    raise notice 'random_page_cost left as it is: the application''s user does not own database %', current_database();
end
$$;
