-- A report filed offline on a phone is sent when the phone is online again, perhaps more than once (a lost answer,
-- a second tab): its Idempotency-Key makes the second sending find the first instead of recording it again.
alter table participation_revision add column idempotency_key varchar(100);
create unique index participation_revision_key on participation_revision (visit_id, idempotency_key);
