-- A sent message's bodies (which hold capability links) are purged OUTBOX_KEEP_DAYS after sending; the row, its
-- state and its Message-ID stay, so delivery can still be proven and never repeated.
alter table outbox_message add column purged_at timestamp with time zone;
create index outbox_message_purge_idx on outbox_message (state, sent_at);

-- A volunteer's calendar feed address is signed with its generation: renewing it raises the number, and the old
-- address stops working. Generation 0 is the address as it was signed before renewals existed.
alter table volunteer add column feed_generation integer default 0 not null;
