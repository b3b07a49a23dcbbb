package pl.metryka.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import pl.metryka.application.AuditTrail;
import pl.metryka.application.BackOfficeLogin;
import pl.metryka.application.DatabaseOutage;
import pl.metryka.domain.model.account.Role;
import pl.metryka.domain.model.audit.AuditEvent.Outcome;
import pl.metryka.infrastructure.web.TrustedProxies;

/**
 * One mechanism for both ways in.
 *
 * <p><b>HTTP Basic</b> for integrations (over TLS in production): credentials, when sent, are
 * checked on every request; a request without them stays anonymous, and the application services
 * refuse anonymous writes.
 *
 * <p><b>The login form</b> ({@value #LOGIN_PATH}) of the back office: the form's bean calls
 * {@code SecurityContext.authenticate} with the typed credential; on success the session remembers
 * the user name (under a new session id) and every later request of that session is logged in
 * again from the account as it is <em>now</em>, so a disabled account or a changed role counts at
 * once. A protected page asked for without a login is redirected to the form (with a note when
 * the session has expired); Faces ajax requests get a partial-response redirect instead.
 *
 * <p>The session logs in nothing but the back office and the API's reads: a write to {@code /api}
 * takes HTTP Basic only. A browser attaches the session cookie to whatever a page of another
 * origin makes it send, and a body-less {@code POST .../publication} once published a draft that
 * way while a REDAKTOR_NACZELNY was logged in.
 */
@ApplicationScoped
public class AccountAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String CHALLENGE = "Basic realm=\"Metryka\", charset=\"UTF-8\"";
    /** The session attribute holding the user name of an interactive login. */
    public static final String SESSION_USER = "metryka.user";

    public static final String LOGIN_PATH = "/logowanie";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** The page web.xml shows for 503, which the container does not apply to an answer given here. */
    private static final String OUTAGE_PAGE = "/error/503.html";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private LoginAttempts attempts;

    @Inject
    private AuditTrail audit;

    @Inject
    private TrustedProxies proxies;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        try {
            return authenticate(request, response, context);
        } catch (RuntimeException e) {
            // Reading the account needs the database: while it is away, a request with credentials or a
            // back-office session is told so (503), as one without them is by the outage filter, instead of
            // the container's bare 500. The login form's own call reaches its page, which shows the outage.
            if (context.isAuthenticationRequest() || !DatabaseOutage.causedBy(e)) {
                throw e;
            }
            return unavailable(request, response);
        }
    }

    private AuthenticationStatus authenticate(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(header, request, response, context);
        }
        Credential typed = context.getAuthParameters() == null
                ? null
                : context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && typed instanceof UsernamePasswordCredential login) {
            return formLogin(login, request, context);
        }
        Optional<AuthenticationStatus> fromSession = fromSession(request, context);
        if (fromSession.isPresent()) {
            return fromSession.get();
        }
        if (context.isProtected()) {
            return askToLogIn(request, response, context);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_USER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus basic(
            String header, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String[] userAndPassword = decode(header.substring(6).trim());
        if (userAndPassword != null) {
            CredentialValidationResult result =
                    identityStores.validate(new UsernamePasswordCredential(userAndPassword[0], userAndPassword[1]));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                if (attempts.mustChangePassword(result.getCallerPrincipal().getName())) {
                    return refuseUntilPasswordChanged(response, context);
                }
                return context.notifyContainerAboutLogin(result);
            }
        }
        return refuse(request, response, context);
    }

    /**
     * A password set by an administrator is known to someone besides its owner: until the owner has
     * chosen their own (at the login form, which leads to the change), it opens no API.
     */
    private static AuthenticationStatus refuseUntilPasswordChanged(
            HttpServletResponse response, HttpMessageContext context) {
        try {
            problem(
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    "Wymagana zmiana hasła",
                    "Hasło tego konta nadał administrator."
                            + " Przed użyciem API właściciel konta musi ustawić własne hasło: zaloguj się w panelu ("
                            + LOGIN_PATH + ").",
                    null,
                    false);
            response.flushBuffer();
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus formLogin(
            UsernamePasswordCredential login, HttpServletRequest request, HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(login);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        String caller = result.getCallerPrincipal().getName();
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation: the id known before login is worthless after it
        }
        request.getSession(true).setAttribute(SESSION_USER, caller);
        audit.record(caller, "LOGIN", Outcome.SUCCESS, null, "login form", proxies.clientAddress(request));
        return context.notifyContainerAboutLogin(result);
    }

    private Optional<AuthenticationStatus> fromSession(HttpServletRequest request, HttpMessageContext context) {
        if (isApiWrite(request)) {
            return Optional.empty();
        }
        HttpSession session = request.getSession(false);
        Object user = session == null ? null : session.getAttribute(SESSION_USER);
        if (!(user instanceof String username)) {
            return Optional.empty();
        }
        Optional<Set<Role>> roles = attempts.rolesOfUsableAccount(username);
        if (roles.isEmpty()) {
            session.invalidate();
            return Optional.empty();
        }
        return Optional.of(context.notifyContainerAboutLogin(
                username, roles.get().stream().map(Role::name).collect(Collectors.toSet())));
    }

    /**
     * A write under /api, by the servlet path the container mapped (decoded and normalised, so
     * {@code //api} or {@code /./api} are no way round it).
     */
    static boolean isApiWrite(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return (path.equals("/api") || path.startsWith("/api/")) && !SAFE_METHODS.contains(request.getMethod());
    }

    private static AuthenticationStatus askToLogIn(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String contextPath = request.getContextPath();
        if (request.getRequestURI().startsWith(contextPath + "/api/")) {
            response.setHeader("WWW-Authenticate", CHALLENGE);
            return context.responseUnauthorized();
        }
        StringBuilder login = new StringBuilder(contextPath).append(LOGIN_PATH);
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        login.append(expired ? "?sesja=wygasla" : "?");
        String path = request.getRequestURI().substring(contextPath.length());
        if (path.startsWith(BackOfficeLogin.BACK_OFFICE) && "GET".equals(request.getMethod())) {
            String next = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            login.append(expired ? "&" : "").append("dalej=").append(URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        String target = login.toString().replaceAll("[?&]$", "");
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml;charset=UTF-8");
                response.getWriter()
                        .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                                + target.replace("&", "&amp;") + "\"/></partial-response>");
                return AuthenticationStatus.SEND_CONTINUE;
            }
            response.setHeader("Cache-Control", "no-store");
            // a relative Location: sendRedirect would make it absolute from the request's Host header
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", target);
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
    }

    /** 503 with Retry-After: the API's problem+json, or for a page the bulletin's own Polish page. */
    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response) {
        try {
            response.reset();
            response.setHeader("Retry-After", "60");
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                problem(
                        response,
                        HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                        "Service Unavailable",
                        "Baza danych jest chwilowo niedostępna. Spróbuj ponownie za chwilę.",
                        request.getRequestURI(),
                        true);
            } else {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setContentType("text/html;charset=UTF-8");
                try (InputStream page = request.getServletContext().getResourceAsStream(OUTAGE_PAGE)) {
                    if (page != null) {
                        page.transferTo(response.getOutputStream());
                    }
                }
            }
            response.flushBuffer();
        } catch (IOException e) {
            // the client has gone: nothing more to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** API clients get the API's problem+json body (RFC 9457); browsers get the container's page. */
    private static AuthenticationStatus refuse(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        String detail = "Niepoprawna nazwa użytkownika lub hasło.";
        if (request.getAttribute(BackOfficeLogin.WAIT_UNTIL) instanceof Instant until) {
            // RFC 9110 10.2.3: how long this client must wait before its next try is worth making
            long seconds = Math.max(1, Duration.between(Instant.now(), until).toSeconds() + 1);
            response.setHeader("Retry-After", Long.toString(seconds));
            detail = "Zbyt wiele nieudanych prób logowania na to konto z tego adresu. Następna próba będzie możliwa za "
                    + seconds + " s.";
        }
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return context.responseUnauthorized();
        }
        try {
            problem(
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "Unauthorized",
                    detail,
                    request.getRequestURI(),
                    true);
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * The API's RFC 9457 problem, as interfaces.rest.Problem writes it (not imported: infrastructure
     * does not depend on interfaces). {@code fieldError}: also the API's errors[] entry, no field.
     */
    private static void problem(
            HttpServletResponse response, int status, String title, String detail, String instance, boolean fieldError)
            throws IOException {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail);
        if (instance != null) {
            body.add("instance", instance);
        }
        if (fieldError) {
            body.add(
                    "errors",
                    Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().addNull("field").add("message", detail)));
        }
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write(body.build().toString());
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
