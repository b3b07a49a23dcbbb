package pl.metryka.interfaces.web.panel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import pl.metryka.application.AuditTrail;
import pl.metryka.application.CurrentUser;
import pl.metryka.domain.model.account.Role;
import pl.metryka.domain.model.audit.AuditEvent.Outcome;

/**
 * What the back-office layout needs: who is logged in, which parts of the navigation their roles
 * open, and logging out. Hiding a link is a courtesy; the services check every action by role.
 */
@Named("panel")
@RequestScoped
public class PanelBean {

    @Inject
    private SecurityContext security;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    public String getUserName() {
        return currentUser.editor().fullName();
    }

    public String getUsername() {
        return currentUser.editor().username();
    }

    public boolean isClerk() {
        return isRedaktor() || isNaczelny();
    }

    public boolean isRedaktor() {
        return security.isCallerInRole(Role.Names.REDAKTOR);
    }

    public boolean isNaczelny() {
        return security.isCallerInRole(Role.Names.REDAKTOR_NACZELNY);
    }

    public boolean isAuditor() {
        return security.isCallerInRole(Role.Names.AUDYTOR);
    }

    public boolean isAdministrator() {
        return security.isCallerInRole(Role.Names.ADMINISTRATOR);
    }

    /** POST only (a Faces form with its view state), so no other site can log a clerk out. */
    public void logOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String username = currentUser.nameOrAnonymous();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (username != null) {
            audit.record(username, "LOGOUT", Outcome.SUCCESS, null, null, request.getRemoteAddr());
        }
        external.redirect(external.getRequestContextPath() + "/logowanie?wylogowano=1");
    }
}
