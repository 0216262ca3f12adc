package iq.cpf.awareness.participation.control;

import iq.cpf.awareness.participation.entity.Participation;
import iq.cpf.awareness.participation.entity.ReachSum;
import iq.cpf.awareness.visit.entity.Visit;
import iq.cpf.awareness.visit.entity.VisitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Keeps {@link ReachSum} (and the grades' sums) true to the reports: a campaign's row at a school
 * is rebuilt from that school's reports in the transaction that changes one of them, or that
 * cancels one of their visits. Rebuilt rather than adjusted by differences, so that no sequence of
 * reports, corrections and cancellations can make it drift; it costs one school's reports of one
 * campaign.
 */
@ApplicationScoped
@Transactional
public class ReachSums {

    @PersistenceContext EntityManager em;

    /** After a report on {@code visit} was written (and flushed). */
    public void reported(Visit visit) {
        rebuild(visit.getCampaign().getId(), visit.getSchool().getId());
    }

    /** A cancelled visit's report no longer counts. */
    void onVisit(@Observes VisitEvent event) {
        if (event.kind() != VisitEvent.Kind.CANCELLED
                || em.find(Participation.class, event.visitId()) == null) {
            return;
        }
        Visit visit = em.find(Visit.class, event.visitId());
        em.flush();
        rebuild(visit.getCampaign().getId(), visit.getSchool().getId());
    }

    /**
     * Two reports at one school committed at once would each rebuild the row without the other's
     * report: the school's row is locked first, so that the second waits and then reads both.
     */
    private void rebuild(long campaignId, long schoolId) {
        em.createNativeQuery("select id from school where id = ?1 for update")
                .setParameter(1, schoolId)
                .getResultList();
        for (String table : new String[] {"reach_sum", "reach_grade_sum"}) {
            em.createNativeQuery(
                            "delete from " + table + " where campaign_id = ?1 and school_id = ?2")
                    .setParameter(1, campaignId)
                    .setParameter(2, schoolId)
                    .executeUpdate();
        }
        em.createNativeQuery(
                        """
                        insert into reach_sum (campaign_id, school_id, reports, girls, boys, teachers, sessions)
                        select v.campaign_id, v.school_id, count(*), sum(p.girls), sum(p.boys), sum(p.teachers),
                        sum(p.sessions)
                        from participation p join visit v on v.id = p.visit_id
                        where v.campaign_id = ?1 and v.school_id = ?2 and v.status <> 'CANCELLED'
                        group by v.campaign_id, v.school_id""")
                .setParameter(1, campaignId)
                .setParameter(2, schoolId)
                .executeUpdate();
        em.createNativeQuery(
                        """
                        insert into reach_grade_sum (campaign_id, school_id, grade, girls, boys)
                        select v.campaign_id, v.school_id, g.grade, sum(g.girls), sum(g.boys)
                        from participation_grade g join visit v on v.id = g.visit_id
                        where v.campaign_id = ?1 and v.school_id = ?2 and v.status <> 'CANCELLED'
                        group by v.campaign_id, v.school_id, g.grade""")
                .setParameter(1, campaignId)
                .setParameter(2, schoolId)
                .executeUpdate();
    }
}
