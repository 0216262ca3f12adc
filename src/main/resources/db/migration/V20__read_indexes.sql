-- Indexes for the visit lists (issue 15). A volunteer's visits are found from the team table by volunteer and
-- visit together, so that PostgreSQL reads only that volunteer's entries, from the index alone, instead of
-- scanning every visit; it replaces the index on the volunteer alone, its prefix. A campaign's visits are
-- listed in time order (calendar, the list filtered by campaign) from an index on both; the index on the
-- campaign alone stays, as H2 has made it the index of the foreign key.
create index visit_volunteer_volunteer_visit_idx on visit_volunteer (volunteer_id, visit_id);
drop index visit_volunteer_volunteer_idx;
create index visit_campaign_start_idx on visit (campaign_id, start_at);
