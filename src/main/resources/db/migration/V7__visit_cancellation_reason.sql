-- Why a visit was cancelled, as the organiser wrote it: shown in the cancellation email and the API.
alter table visit add column cancellation_reason varchar(1000);
