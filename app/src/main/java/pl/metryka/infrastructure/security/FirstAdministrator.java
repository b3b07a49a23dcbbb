package pl.metryka.infrastructure.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.metryka.application.PasswordHashing;
import pl.metryka.domain.model.account.Role;
import pl.metryka.domain.model.account.UserAccount;
import pl.metryka.domain.model.account.UserAccountRepository;
import pl.metryka.domain.shared.Moment;

/**
 * A production installation starts with no accounts; when {@code ADMIN_PASSWORD} is set and no
 * account exists yet, this creates the first administrator, {@code admin}, with that password.
 * There is never a default password. Called at start by {@link FirstAdministratorAtStartup}.
 */
@Stateless
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    @ConfigProperty(name = "admin.password")
    private Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "metryka.demo-data", defaultValue = "false")
    private boolean demo;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private PasswordHashing passwords;

    public void createIfNoAccount() {
        if (demo || adminPassword.isEmpty() || adminPassword.get().isBlank() || accounts.count() > 0) {
            return;
        }
        accounts.store(new UserAccount(
                "admin",
                "Administrator",
                passwords.hash(adminPassword.get()),
                EnumSet.of(Role.ADMINISTRATOR),
                Moment.now()));
        LOG.info("First administrator account 'admin' created from ADMIN_PASSWORD.");
    }
}
