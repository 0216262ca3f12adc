package iq.cpf.awareness.platform.boundary;

import iq.cpf.awareness.platform.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * The messages the pages show after an action: what went wrong, in the words the API would use (the
 * same problem mapping, each violation naming its field, so the UI adds no rule or wording of its
 * own), or that it is done.
 */
@ApplicationScoped
public class FacesProblems {

    /**
     * Outside a JAX-RS request the mapper needs none of its request context: the locale is given.
     */
    private final ProblemMapper mapper = new ProblemMapper();

    /** A message in the page's language that what was asked is done. */
    public void info(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_INFO,
                        Messages.get(faces.getViewRoot().getLocale(), key, args),
                        null));
    }

    public void show(RuntimeException exception) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Problem problem = mapper.describe(exception, faces.getViewRoot().getLocale());
        problem.lines()
                .forEach(
                        line ->
                                faces.addMessage(
                                        null,
                                        new FacesMessage(FacesMessage.SEVERITY_ERROR, line, null)));
    }
}
