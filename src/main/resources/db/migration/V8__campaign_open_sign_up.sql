-- Campaigns whose visits volunteers may join by themselves, from their "My visits" page.
alter table campaign add column open_sign_up boolean default false not null;
