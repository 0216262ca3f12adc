-- The dispatcher reads back the rows it claimed by their claim token; without an index that is a scan of
-- the whole outbox, bodies included, for every batch.
create index outbox_message_claimed_idx on outbox_message (claimed_by);
create index outbox_message_lease_idx on outbox_message (state, lease_until);
