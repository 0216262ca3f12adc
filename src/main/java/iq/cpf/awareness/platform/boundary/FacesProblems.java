package iq.cpf.awareness.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Shows on a page what went wrong with a form, in the words the API would use: the same problem mapping, each
 * violation as a message naming its field, so the UI adds no rule or wording of its own.
 */
@ApplicationScoped
public class FacesProblems {

    /** Outside a JAX-RS request the mapper needs none of its request context: the locale is given. */
    private final ProblemMapper mapper = new ProblemMapper();

    public void show(RuntimeException exception) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Problem problem = mapper.describe(exception, faces.getViewRoot().getLocale());
        if (problem.violations() == null || problem.violations().isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.detail(), null));
            return;
        }
        problem.violations().forEach(v -> faces.addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, v.field() + ": " + v.message(), null)));
    }
}
