package iq.cpf.awareness.visit.control;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * The query function {@code function('on_team', visit id, volunteer id) = true} (the JPA form,
 * which WildFly's strict compliance asks for, compared with true for Hibernate to take it as a
 * predicate; PostgreSQL folds the comparison away): whether the volunteer is on the visit's team.
 * Written as {@code id = any(array(select ...))} because that form makes the database read the
 * volunteer's visits from the team table's index first and then each visit by its key, on
 * PostgreSQL and H2 alike. As a join or an {@code in} subquery, PostgreSQL hashed the volunteer's
 * thousand team rows against every visit of the period read from the start index (15 to 40 ms for a
 * feed of 200 visits among 100,000, against 3 ms this way): its cost model takes a walk of an index
 * in order as cheaper than a thousand lookups by key, which on a database held in memory it is not.
 * Registered with Hibernate through {@code META-INF/services}.
 */
public class TeamFunction implements FunctionContributor {

    static final String NAME = "on_team";

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        functions
                .getFunctionRegistry()
                .registerPattern(
                        NAME,
                        "(?1 = any(array(select t.visit_id from visit_volunteer t"
                                + " where t.volunteer_id = ?2)))",
                        functions
                                .getTypeConfiguration()
                                .getBasicTypeRegistry()
                                .resolve(StandardBasicTypes.BOOLEAN));
    }
}
