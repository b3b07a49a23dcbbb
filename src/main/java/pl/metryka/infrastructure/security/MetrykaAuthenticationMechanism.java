package pl.metryka.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * HTTP Basic for integrations (over TLS in production): credentials, when sent, are checked on
 * every request; a request without them stays anonymous, and the application services refuse
 * anonymous writes.
 */
@ApplicationScoped
public class MetrykaAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String CHALLENGE = "Basic realm=\"Metryka\", charset=\"UTF-8\"";

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] userAndPassword = decode(header.substring(6).trim());
            if (userAndPassword != null) {
                CredentialValidationResult result = identityStores.validate(
                        new UsernamePasswordCredential(userAndPassword[0], userAndPassword[1]));
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
            return refuse(request, response, context);
        }
        if (context.isProtected()) {
            response.setHeader("WWW-Authenticate", CHALLENGE);
            return context.responseUnauthorized();
        }
        return context.doNothing();
    }

    /** API clients get the API's JSON error body; browsers get the container's page. */
    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return context.responseUnauthorized();
        }
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"errors\":[{\"field\":null,\"message\":\"Niepoprawna nazwa użytkownika lub hasło albo konto zablokowane.\"}]}");
        } catch (java.io.IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static String[] decode(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
