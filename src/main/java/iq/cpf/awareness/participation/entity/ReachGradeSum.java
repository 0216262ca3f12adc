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

/** The students of one grade a campaign reached at one school; derived as {@link ReachSum} is. */
@Entity
@Immutable
@Table(name = "reach_grade_sum")
@IdClass(ReachGradeSum.Key.class)
public class ReachGradeSum {

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    private School school;

    @Id private String grade;

    private long girls;
    private long boys;

    protected ReachGradeSum() {}

    /** The key of a grade's row. */
    public static class Key implements Serializable {

        private Long campaign;
        private Long school;
        private String grade;

        protected Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(campaign, key.campaign)
                    && Objects.equals(school, key.school)
                    && Objects.equals(grade, key.grade);
        }

        @Override
        public int hashCode() {
            return Objects.hash(campaign, school, grade);
        }
    }
}
