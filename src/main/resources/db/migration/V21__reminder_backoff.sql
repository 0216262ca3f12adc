-- A reminder that cannot be fired is tried again after a growing wait, and given up (state FAILED) after
-- REMINDER_MAX_ATTEMPTS, instead of being tried every sweep for ever. due_at stays the reminder's own moment;
-- retry_at, when set, is the earliest the next attempt may come.
alter table planned_reminder add column attempts integer default 0 not null;
alter table planned_reminder add column retry_at timestamp with time zone;
alter table planned_reminder add column last_error varchar(2000);
