package iq.cpf.awareness.platform.control;

import iq.cpf.awareness.platform.ForumScope;
import iq.cpf.awareness.platform.Page;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The filters of a list request as a JPQL where clause; a filter whose value is absent is left out.
 */
public class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public Where equal(String path, String parameter, Object value) {
        return when(
                value != null && !"".equals(value), path + " = :" + parameter, parameter, value);
    }

    public Where like(String path, String parameter, String value) {
        return when(
                value != null && !value.isBlank(),
                "lower(" + path + ") like :" + parameter,
                parameter,
                value == null ? null : "%" + value.trim().toLowerCase(Locale.ROOT) + "%");
    }

    /**
     * Only rows whose forum ({@code forumIdPath}) is in the scope; a scope of no forums matches
     * nothing. A path through an optional association (a school without a forum) matches only
     * national callers.
     */
    public Where within(ForumScope scope, String forumIdPath) {
        return withinBy(scope, forumIdPath + " in %s");
    }

    /**
     * Only rows that {@code condition} puts in the scope, the condition naming the scope's forum
     * ids as {@code %s} (a subquery, say); national callers see everything. The ids are written
     * into the query as numbers, not bound as a list: Hibernate translates a query with a list
     * parameter again at every execution, while this one is translated once per scope and then
     * reused.
     */
    public Where withinBy(ForumScope scope, String condition) {
        if (scope.national()) {
            return this;
        }
        if (scope.forums().isEmpty()) {
            conditions.add("1 = 0");
            return this;
        }
        String ids =
                scope.forums().stream()
                        .sorted()
                        .map(String::valueOf)
                        .collect(Collectors.joining(", ", "(", ")"));
        return when(true, String.format(condition, ids), null, null);
    }

    public Where when(boolean applies, String condition, String parameter, Object value) {
        if (applies) {
            conditions.add(condition);
            if (parameter != null) {
                parameters.put(parameter, value);
            }
        }
        return this;
    }

    public String clause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * One page of {@code select alias from from where ... order by orderBy}, with the total count.
     */
    public <T> Page<T> page(
            EntityManager em,
            String from,
            String alias,
            String orderBy,
            Class<T> type,
            int first,
            int size) {
        List<T> items =
                bind(em.createQuery(
                                "select "
                                        + alias
                                        + " from "
                                        + from
                                        + clause()
                                        + " order by "
                                        + orderBy,
                                type))
                        .setFirstResult(first)
                        .setMaxResults(size)
                        .getResultList();
        // A page shorter than asked for is the last one: its total is known without counting.
        boolean last = items.size() < size && (first == 0 || !items.isEmpty());
        long total =
                last
                        ? first + items.size()
                        : bind(em.createQuery(
                                        // count(*), not count(alias): PostgreSQL can then count
                                        // from an index without reading the rows' ids.
                                        "select count(*) from " + from + clause(), Long.class))
                                .getSingleResult();
        return new Page<>(items, size == 0 ? 0 : first / size, size, total);
    }
}
