-- Administrators disable a user instead of deleting them (their history keeps its author); a disabled user's
-- sessions and Basic credentials stop working on their next request.
alter table app_user add column enabled boolean default true not null;
