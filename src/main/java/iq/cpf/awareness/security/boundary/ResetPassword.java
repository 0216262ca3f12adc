package iq.cpf.awareness.security.boundary;

import iq.cpf.awareness.platform.InvalidInput;
import iq.cpf.awareness.platform.boundary.FacesProblems;
import iq.cpf.awareness.security.control.PasswordResets;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The pages of a forgotten password: asking for the emailed link, and choosing the new password
 * behind it.
 */
@Named
@RequestScoped
public class ResetPassword {

    @Inject PasswordResets resets;
    @Inject FacesProblems problems;

    private String email;
    private String token;
    private String password;
    private boolean done;

    /** The same answer whether the address has an account or not. */
    public void request() {
        if (email != null && !email.isBlank()) {
            resets.request(email);
        }
        problems.info("forgot.sent");
        done = true;
    }

    public void reset() {
        try {
            resets.reset(token, password);
            problems.info("reset.done");
            done = true;
        } catch (InvalidInput refused) {
            problems.show(refused);
        }
    }

    public boolean isDone() {
        return done;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
