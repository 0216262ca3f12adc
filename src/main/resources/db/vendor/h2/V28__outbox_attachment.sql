-- A file sent with an outbox message (issue 17: the parents' consent letter with an invitation on a sensitive topic).
-- The bytes live apart from the message, so that listing messages never reads them.
alter table outbox_message add column attachment_name varchar(200);
alter table outbox_message add column attachment_type varchar(100);
create table outbox_attachment (
    message_id bigint primary key references outbox_message (id) on delete cascade,
    content    varbinary(10000000) not null
);
