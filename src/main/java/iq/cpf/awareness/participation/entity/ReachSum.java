package iq.cpf.awareness.participation.entity;

import iq.cpf.awareness.campaign.entity.Campaign;
import iq.cpf.awareness.school.entity.School;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * The reported reach of one campaign at one school: its reports that count (of visits not
 * cancelled) added up. Derived, never edited: rebuilt from the reports by {@code ReachSums}; read
 * by queries only, so that a summary adds up a row per school instead of every report.
 */
@Entity
@Immutable
@Table(name = "reach_sum")
@IdClass(ReachSum.Key.class)
public class ReachSum {

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    private School school;

    private long reports;
    private long girls;
    private long boys;
    private long teachers;
    private long sessions;

    protected ReachSum() {}

    /** The key of a campaign's row at a school. */
    public static class Key implements Serializable {

        private Long campaign;
        private Long school;

        protected Key() {}

        public Key(Long campaign, Long school) {
            this.campaign = campaign;
            this.school = school;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(campaign, key.campaign)
                    && Objects.equals(school, key.school);
        }

        @Override
        public int hashCode() {
            return Objects.hash(campaign, school);
        }
    }
}
