-- Safeguarding (issue 17): rules per topic that administrators set, with the defaults the forums asked for: a visit
-- on harassment to a girls' school has a woman on its team; a visit on a sensitive topic (harassment, drugs) is led
-- by a volunteer whose safeguarding vetting is valid on its day; a police officer (in uniform) goes only to a school
-- that consented. Each volunteer's vetting, each school's consent.
alter table topic add column sensitive boolean default false not null;
alter table topic add column woman_for_girls boolean default false not null;
alter table topic add column police_consent boolean default true not null;
update topic set sensitive = true where slug in ('drugs', 'harassment');
update topic set woman_for_girls = true where slug = 'harassment';

alter table volunteer add column vetted_until date;
alter table school add column police_consent boolean default false not null;

-- How a proposal is searched for: the solver's local search (the default), or first fit only, the greedy baseline
-- that the planning benchmark compares it with.
alter table proposal add column search varchar(16);
