package iq.cpf.awareness.platform.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error statuses a resource method can answer beyond those its shape implies, for the OpenAPI
 * document ({@link ProblemResponses}): a double booking or a duplicate (409), a role check of its
 * own (403), an upload too large (413), a body it reads by hand (415). Unlike {@code @APIResponse},
 * it leaves the success response that SmallRye derives from the method as it is.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Refuses {

    /** The statuses: 403, 409, 413 or 415. */
    int[] value();
}
