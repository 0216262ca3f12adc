-- How a forum is reached: every email about its visits ends with its name, phone and email, since the sender
-- address is one nobody reads. Both optional.
alter table forum add column contact_phone varchar(40);
alter table forum add column contact_email varchar(254);

-- The name an email is From: the forum's name for mail about its visits, the application's name otherwise. Kept
-- with the message, as its bodies are, so it goes out as it was decided on; messages queued before keep the name
-- of MAIL_FROM.
alter table outbox_message add column sender_name varchar(200);
