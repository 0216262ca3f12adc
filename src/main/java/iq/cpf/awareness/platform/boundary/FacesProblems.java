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

    /**
     * As {@link #show(RuntimeException)}, but each invalid field's message goes next to the field
     * of {@code form} whose id is the field's name in the API ({@code contacts[1].email} is {@code
     * form:contacts:1:email}, a row of a {@code ui:repeat}), so a form whose ids follow the API
     * needs no mapping of its own. A field the form does not have is told for the whole page, with
     * its name; so is the problem's summary.
     */
    public void show(RuntimeException exception, String form) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Problem problem = mapper.describe(exception, faces.getViewRoot().getLocale());
        if (problem.violations() == null || problem.violations().isEmpty()) {
            show(exception);
            return;
        }
        faces.addMessage(
                null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.detail(), null));
        for (Problem.FieldViolation violation : problem.violations()) {
            String clientId = form + ":" + violation.field().replaceAll("\\[(\\d+)]\\.?", ":$1:");
            clientId =
                    clientId.endsWith(":")
                            ? clientId.substring(0, clientId.length() - 1)
                            : clientId;
            boolean onForm = exists(faces, clientId);
            faces.addMessage(
                    onForm ? clientId : null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            onForm
                                    ? violation.message()
                                    : violation.field() + ": " + violation.message(),
                            null));
        }
    }

    /** A row index that is not one is a field the form does not have, not an error of its own. */
    private static boolean exists(FacesContext faces, String clientId) {
        try {
            return faces.getViewRoot().invokeOnComponent(faces, clientId, (f, c) -> {});
        } catch (RuntimeException notAComponent) {
            return false;
        }
    }
}
