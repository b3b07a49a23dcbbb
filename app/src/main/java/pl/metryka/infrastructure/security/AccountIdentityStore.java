package pl.metryka.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
import pl.metryka.application.BackOfficeLogin;
import pl.metryka.domain.model.account.Role;
import pl.metryka.infrastructure.web.TrustedProxies;

/** The accounts in the database, with PBKDF2 hashes and login throttling, as a Jakarta Security identity store. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private LoginAttempts attempts;

    @Inject
    private HttpServletRequest request;

    @Inject
    private TrustedProxies proxies;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        // the one place a login's source address is taken from; the mechanism runs before the web
        // filters, so the client behind a trusted proxy is resolved here
        String remote = request == null ? null : proxies.clientAddress(request);
        LoginAttempts.Attempt attempt = attempts.check(login.getCaller(), login.getPasswordAsString(), remote);
        if (attempt.waitUntil() != null && request != null) {
            request.setAttribute(BackOfficeLogin.WAIT_UNTIL, attempt.waitUntil());
        }
        return attempt.verified()
                .map(ok -> new CredentialValidationResult(ok.username(), names(ok.roles())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static Set<String> names(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }
}
