package pl.metryka.interfaces.web.admin;

import jakarta.inject.Inject;
import java.io.Serializable;
import pl.metryka.application.AccountAdministration;
import pl.metryka.interfaces.web.shared.Language;

/**
 * What the form creating an account and the form changing one share: the name, the roles and a
 * password (typed, or generated when {@code generate} is ticked). The password is write-only: the
 * page never sends it back.
 */
abstract class AccountFormPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdministration administration;

    @Inject
    Language lang;

    String fullName;
    RoleChoice roles = new RoleChoice();
    String password;
    boolean generate;

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public RoleChoice getRoles() {
        return roles;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isGenerate() {
        return generate;
    }

    public void setGenerate(boolean generate) {
        this.generate = generate;
    }
}
