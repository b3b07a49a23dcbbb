package pl.metryka.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import pl.metryka.application.AccountAdministration.Account;
import pl.metryka.application.AccountAdministration.PasswordSet;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.interfaces.web.shared.FieldMessages;

/** {@code /panel/administracja/uzytkownicy.xhtml}: every account, and a form creating one. */
@Named("adminAccounts")
@ViewScoped
public class AccountsPage extends AccountFormPage {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS =
            Map.of("username", "login", "fullName", "fullName", "roles", "rolaRedaktor", "password", "password");

    private String username;
    private PasswordSet created;
    private transient List<Account> accounts;

    public AccountsPage() {
        generate = true; // a new account gets a generated password unless one is typed
    }

    public List<Account> getAccounts() {
        if (accounts == null) {
            accounts = administration.accounts();
        }
        return accounts;
    }

    public void create() {
        try {
            created = administration.create(
                    username, fullName, roles.roles(), password, generate, AdminForms.remoteAddress());
        } catch (InvalidInputException e) {
            FieldMessages.show(e, "nowe-konto", FIELDS);
            return;
        }
        String info = lang.text("admin.accounts.created") + " " + created.username();
        AdminForms.info(info);
        username = fullName = password = null;
        accounts = null;
    }

    /** The generated password, shown once on the page that created it; never stored anywhere readable. */
    public PasswordSet getCreated() {
        return created;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
