package pl.metryka.interfaces.web.panel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import pl.metryka.application.PasswordChange;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.interfaces.web.shared.FieldMessages;
import pl.metryka.interfaces.web.shared.Language;

/** {@code /panel/haslo.xhtml}: the logged-in user changes their password (current one, new one twice). */
@Named("passwordPage")
@RequestScoped
public class PasswordPage {

    private static final Map<String, String> FIELDS =
            Map.of("current", "current", "newPassword", "newPassword", "repeated", "repeated");

    @Inject
    private PasswordChange passwords;

    @Inject
    private Language lang;

    private String current;
    private String newPassword;
    private String repeated;

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }

    public String change() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        try {
            passwords.change(current, newPassword, repeated, request.getRemoteAddr());
        } catch (InvalidInputException e) {
            FieldMessages.show(e, "haslo", FIELDS);
            return null;
        }
        current = newPassword = repeated = null;
        String done = lang.text("password.changed");
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, done));
        return null;
    }
}
