package iq.cpf.awareness.planning.control;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import iq.cpf.awareness.campaign.entity.Topic;
import java.util.List;
import java.util.Objects;

/**
 * One visit to place: a time among those the school's calendar allows, a lead and a partner (a team
 * of two: nobody is alone with a class). Any of them may stay unassigned when nothing fits, which
 * costs a medium point, so the solver places as many as it can and says why not the rest.
 */
@PlanningEntity
public class PlannedVisit {

    @PlanningId private Integer id;

    private Place school;

    /** The campaign's topic, whose safeguarding rules the team keeps; none: no such rules. */
    private Topic topic;

    /** The times the school's calendar and shift allow, within the proposal's dates. */
    private List<Slot> slots;

    @PlanningPin private boolean locked;

    @PlanningVariable(valueRangeProviderRefs = "slots", allowsUnassigned = true)
    private Slot slot;

    @PlanningVariable(valueRangeProviderRefs = "members", allowsUnassigned = true)
    private Member lead;

    @PlanningVariable(valueRangeProviderRefs = "members", allowsUnassigned = true)
    private Member partner;

    public PlannedVisit() {}

    public PlannedVisit(int id, Place school, List<Slot> slots) {
        this(id, school, slots, null);
    }

    public PlannedVisit(int id, Place school, List<Slot> slots, Topic topic) {
        this.id = id;
        this.school = school;
        this.slots = slots;
        this.topic = topic;
    }

    /**
     * Whether the team keeps the topic's safeguarding rules, decided where scheduling by hand
     * decides them ({@link Topic#safeguardingBroken}).
     */
    public boolean safeguarded() {
        return topic == null
                || slot == null
                || lead == null
                || partner == null
                || topic.safeguardingBroken(
                                school.girls(),
                                school.policeConsent(),
                                lead.vettedOn(slot.date()),
                                lead.woman() || partner.woman(),
                                lead.police() || partner.police())
                        .isEmpty();
    }

    public Topic getTopic() {
        return topic;
    }

    @ValueRangeProvider(id = "slots")
    public List<Slot> getSlots() {
        return slots;
    }

    public boolean isPlaced() {
        return slot != null && lead != null && partner != null;
    }

    /** How many of its time, lead and partner it still lacks. */
    public int missingParts() {
        return (slot == null ? 1 : 0) + (lead == null ? 1 : 0) + (partner == null ? 1 : 0);
    }

    public boolean has(Member member) {
        return Objects.equals(lead, member) || Objects.equals(partner, member);
    }

    /** Whether the two share a volunteer. */
    public boolean sharesTeamWith(PlannedVisit other) {
        return lead != null && other.has(lead) || partner != null && other.has(partner);
    }

    /** Whether someone of the team speaks the language the school is taught in. */
    public boolean speaksTheSchoolsLanguage() {
        return lead == null
                || partner == null
                || lead.speaks(school.teachingLanguage())
                || partner.speaks(school.teachingLanguage());
    }

    public Integer getId() {
        return id;
    }

    public Place getSchool() {
        return school;
    }

    public boolean isLocked() {
        return locked;
    }

    /** Fixes the visit where the organiser put it: the solver plans around it. */
    public void lock(Slot slot, Member lead, Member partner) {
        this.slot = slot;
        this.lead = lead;
        this.partner = partner;
        this.locked = true;
    }

    public Slot getSlot() {
        return slot;
    }

    public void setSlot(Slot slot) {
        this.slot = slot;
    }

    public Member getLead() {
        return lead;
    }

    public void setLead(Member lead) {
        this.lead = lead;
    }

    public Member getPartner() {
        return partner;
    }

    public void setPartner(Member partner) {
        this.partner = partner;
    }

    @Override
    public String toString() {
        return school + " #" + id;
    }
}
