-- Text messages (issue 18): a mobile number and a preferred channel for each school contact and volunteer, the
-- channel of each outbox message with its number and what the SMSC said of its delivery, the SMSC's ids of the
-- parts of a long message (each part has its own receipt), the replies received, and the numbers that said STOP.
alter table school_contact add column mobile varchar(16);
alter table school_contact add column channel varchar(5) default 'EMAIL' not null;
alter table volunteer add column mobile varchar(16);
alter table volunteer add column channel varchar(5) default 'EMAIL' not null;

alter table outbox_message add column channel varchar(5) default 'EMAIL' not null;
alter table outbox_message add column recipient_phone varchar(16);
alter table outbox_message add column delivery varchar(11);
alter table outbox_message add column delivery_detail varchar(200);
alter table outbox_message add column delivered_at timestamp with time zone;

create table sms_part (
    smsc_id    varchar(65) primary key,
    message_id bigint      not null references outbox_message (id) on delete cascade,
    part       integer     not null
);
create index sms_part_message on sms_part (message_id);

create table sms_reply (
    id          bigint       not null primary key,
    phone       varchar(16)  not null,
    body        varchar(1000) not null,
    action      varchar(12)  not null,
    visit_id    bigint,
    received_at timestamp with time zone not null
);
create sequence sms_reply_seq start with 1 increment by 50;
create index sms_reply_visit on sms_reply (visit_id);

create table sms_opt_out (
    phone      varchar(16) primary key,
    stopped_at timestamp with time zone not null
);

-- A reply is matched to the latest text sent to its number.
create index outbox_message_phone on outbox_message (recipient_phone, id);
