package iq.cpf.awareness.platform.control;

import iq.cpf.awareness.platform.Conflict;
import iq.cpf.awareness.platform.ForumScope;
import iq.cpf.awareness.platform.InvalidInput;
import iq.cpf.awareness.platform.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.function.Function;

/**
 * What every service checks before it writes: the entity is valid, and the ids a request refers to
 * exist. Both refuse with a field-level 400 so that nothing is written for bad input.
 */
@ApplicationScoped
public class Checks {

    @Inject Validator validator;
    @PersistenceContext EntityManager em;

    public <T> T valid(T entity) {
        Set<ConstraintViolation<T>> violations = validator.validate(entity);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return entity;
    }

    /** Refuses the entity when it is invalid or when anything was refused while filling it in. */
    public <T> T valid(T entity, Refusals refusals) {
        Set<ConstraintViolation<T>> violations = validator.validate(entity);
        if (!violations.isEmpty() || !refusals.violations().isEmpty()) {
            throw new InvalidInput(refusals.violations(), violations);
        }
        return entity;
    }

    /** The entity a request field refers to; an unknown or missing id is that field's fault. */
    public <T> T reference(Class<T> type, Object id, String field, String what) {
        if (id == null) {
            throw new InvalidInput(field, "field.required.reference");
        }
        T found = em.find(type, id);
        if (found == null) {
            throw new InvalidInput(field, "reference.unknown", what, String.valueOf(id));
        }
        return found;
    }

    /**
     * A client that sends the version it read is told when someone changed the resource since: a
     * 409 rather than silently overwriting their change. A client that sends none takes the
     * last-write-wins risk.
     */
    public static void sameVersion(Integer expected, int actual) {
        if (expected != null && expected != actual) {
            throw new Conflict("error.staleEdit");
        }
    }

    /**
     * The entity addressed by the URL, when it belongs to a forum of the caller's scope; what
     * exists elsewhere is answered exactly like what does not exist at all (404), so a scope
     * reveals nothing beyond itself.
     */
    public <T> T existing(
            ForumScope scope, Class<T> type, Object id, String what, Function<T, Long> forumOf) {
        T found = existing(type, id, what);
        if (!scope.includes(forumOf.apply(found))) {
            throw NotFound.of(what, id);
        }
        return found;
    }

    /**
     * A request field's reference to something of a forum in the caller's scope; elsewhere reads as
     * unknown (400).
     */
    public <T> T reference(
            ForumScope scope,
            Class<T> type,
            Object id,
            String field,
            String what,
            Function<T, Long> forumOf) {
        T found = reference(type, id, field, what);
        if (!scope.includes(forumOf.apply(found))) {
            throw new InvalidInput(field, "reference.unknown", what, String.valueOf(id));
        }
        return found;
    }

    /** The entity addressed by the URL; an unknown id is a 404. */
    public <T> T existing(Class<T> type, Object id, String what) {
        T found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw NotFound.of(what, id);
        }
        return found;
    }
}
