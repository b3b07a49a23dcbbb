package pl.metryka.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import pl.metryka.domain.model.account.UserAccountRepository;
import pl.metryka.domain.model.document.Editor;

/** The authenticated person behind the current request, as the metryka names them. */
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext security;

    @Inject
    private UserAccountRepository accounts;

    private Editor editor;

    public Editor editor() {
        if (editor == null) {
            Principal principal = security.getCallerPrincipal();
            if (principal == null) {
                throw new IllegalStateException("No authenticated user");
            }
            String username = principal.getName();
            editor = accounts.findByUsername(username)
                    .map(a -> new Editor(a.username(), a.fullName()))
                    .orElse(new Editor(username, username));
        }
        return editor;
    }

    public String nameOrAnonymous() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean isInRole(String role) {
        return security.isCallerInRole(role);
    }
}
