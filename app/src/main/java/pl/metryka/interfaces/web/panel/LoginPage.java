package pl.metryka.interfaces.web.panel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import pl.metryka.application.BackOfficeLogin;
import pl.metryka.interfaces.web.shared.Language;

/**
 * The login form at {@code /logowanie}. A failure says only that the name or password was wrong,
 * or — after five failures for a name from this address, whether or not such an account exists —
 * how many minutes this address must wait before trying that name again.
 */
@Named("login")
@RequestScoped
public class LoginPage {

    @Inject
    private SecurityContext security;

    @Inject
    private Language lang;

    private String username;
    private String password;
    private String next;
    private String failure;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getFailure() {
        return failure;
    }

    public void logIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String name = username == null ? "" : username.strip();
        AuthenticationStatus status = name.isEmpty() || password == null || password.isEmpty()
                ? AuthenticationStatus.SEND_FAILURE
                : security.authenticate(
                        (HttpServletRequest) external.getRequest(),
                        (HttpServletResponse) external.getResponse(),
                        AuthenticationParameters.withParams()
                                .credential(new UsernamePasswordCredential(name, new Password(password)))
                                .newAuthentication(true));
        password = null;
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + target());
            case SEND_CONTINUE -> faces.responseComplete();
            default ->
                failure = external.getRequestMap().get(BackOfficeLogin.WAIT_UNTIL) instanceof Instant until
                        ? MessageFormat.format(lang.text("login.throttled"), minutesUntil(until))
                        : lang.text("login.failed");
        }
    }

    /** Whole minutes, rounded up: "1" for anything up to a minute. */
    private static long minutesUntil(Instant until) {
        long seconds = Math.max(1, Duration.between(Instant.now(), until).toSeconds());
        return (seconds + 59) / 60;
    }

    private String target() {
        return next != null
                        && next.startsWith(BackOfficeLogin.BACK_OFFICE)
                        && !next.contains("//")
                        && !next.contains("\\")
                ? next
                : BackOfficeLogin.BACK_OFFICE;
    }
}
