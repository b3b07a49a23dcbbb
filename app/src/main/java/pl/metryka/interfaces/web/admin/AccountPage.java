package pl.metryka.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.Map;
import pl.metryka.application.AccountAdministration.Account;
import pl.metryka.application.AccountAdministration.PasswordSet;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.interfaces.web.shared.FieldMessages;

/**
 * {@code /panel/administracja/uzytkownik.xhtml?login=}: one account's name and roles, blocking
 * and unblocking, and a new password set by the administrator.
 */
@Named("adminAccount")
@ViewScoped
public class AccountPage extends AccountFormPage {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("fullName", "fullName", "roles", "rolaRedaktor");

    private String login;
    private Account account;
    private PasswordSet reset;

    /** Called by the view's f:viewAction: loads the account named by {@code ?login=}. */
    public void load() {
        account = administration.account(login).orElse(null);
        if (account != null && fullName == null) {
            fullName = account.fullName();
            roles = RoleChoice.of(account.roles());
        }
    }

    public void save() {
        try {
            administration.change(login, fullName, roles.roles(), account.version(), AdminForms.remoteAddress());
        } catch (InvalidInputException e) {
            FieldMessages.show(e, "konto", FIELDS);
            if (e.errors().stream().anyMatch(error -> error.field() == null)) {
                account = administration.account(login).orElse(null); // a conflict: show what is there now
            }
            return;
        }
        AdminForms.info(lang.text("admin.saved"));
        account = administration.account(login).orElse(null);
    }

    public void disable() {
        try {
            administration.disable(login, AdminForms.remoteAddress());
        } catch (InvalidInputException e) {
            FieldMessages.global(e.errors().get(0));
            return;
        }
        AdminForms.info(lang.text("admin.account.disabled"));
        account = administration.account(login).orElse(null);
    }

    public void enable() {
        administration.enable(login, AdminForms.remoteAddress());
        AdminForms.info(lang.text("admin.account.enabled"));
        account = administration.account(login).orElse(null);
    }

    public void resetPassword() {
        try {
            reset = administration.resetPassword(login, password, generate, AdminForms.remoteAddress());
        } catch (InvalidInputException e) {
            FieldMessages.show(e, "haslo-konta", Map.of("password", "password"));
            return;
        }
        password = null;
        AdminForms.info(lang.text("admin.account.passwordReset"));
        account = administration.account(login).orElse(null);
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public Account getAccount() {
        return account;
    }

    /** A generated password, shown once right after the reset. */
    public PasswordSet getReset() {
        return reset;
    }
}
