-- A school contact may be known by a mobile number alone: many head teachers read texts, not email.
alter table school_contact alter column email drop not null;
