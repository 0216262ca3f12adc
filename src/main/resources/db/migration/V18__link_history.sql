-- The revision of its visit a capability link was made for (the visit's sequence, which every move and the
-- cancellation raise): a confirm link of an earlier revision is one the visit has since moved away from, and its
-- page says so instead of only "no longer usable".
alter table capability_link add column visit_sequence integer;

-- Links made before: the visit's sequence now, less the moves and the cancellation recorded after the link was
-- made (each raised the sequence by one and wrote one row of visit_change).
update capability_link set visit_sequence = (
    select v.sequence_no - (select count(*) from visit_change c
                            where c.visit_id = v.id and c.changed_at > capability_link.created_at)
    from visit v where v.id = capability_link.visit_id);
alter table capability_link alter column visit_sequence set not null;
