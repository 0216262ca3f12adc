package iq.cpf.awareness.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** The one identity store: users of the {@code app_user} table, their role as groups. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @Inject Users users;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return users.verify(credential.getCaller(), credential.getPasswordAsString())
                .map(
                        user ->
                                new CredentialValidationResult(
                                        user.getEmail(), user.getRole().groups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
