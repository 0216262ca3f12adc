-- Whether the user picked the page language themselves: until they do, the pages follow their
-- browser, while emails use the language the account was created with.
alter table app_user add column language_chosen boolean default false not null;
