-- The organiser who scheduled a visit is its calendar invitations' ORGANIZER, so that answers to an invitation
-- reach a person. Visits scheduled before (or by the system) keep the application's sender.
alter table visit add column organiser_email varchar(254);
alter table visit add column organiser_name varchar(200);
