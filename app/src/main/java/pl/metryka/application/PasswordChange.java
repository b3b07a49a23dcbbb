package pl.metryka.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import pl.metryka.domain.model.account.CommonPasswords;
import pl.metryka.domain.model.account.PasswordPolicy;
import pl.metryka.domain.model.account.Role;
import pl.metryka.domain.model.account.UserAccount;
import pl.metryka.domain.model.account.UserAccountRepository;
import pl.metryka.domain.model.audit.AuditEvent.Outcome;
import pl.metryka.domain.shared.FieldError;
import pl.metryka.domain.shared.InvalidInputException;

/** A logged-in user changes their own password, proving they know the current one. */
@Stateless
@RolesAllowed({Role.Names.REDAKTOR, Role.Names.REDAKTOR_NACZELNY, Role.Names.AUDYTOR, Role.Names.ADMINISTRATOR})
public class PasswordChange {

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private CommonPasswords common;

    /** Whether the logged-in user's password was set by an administrator and must be changed first. */
    public boolean required() {
        return accounts.findByUsername(currentUser.editor().username())
                .map(UserAccount::mustChangePassword)
                .orElse(false);
    }

    /** Fields: {@code current}, {@code newPassword}, {@code repeated}. */
    public void change(String current, String newPassword, String repeated, String remoteAddress) {
        String username = currentUser.editor().username();
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("Nie ma konta " + username + "."));
        List<FieldError> errors = new ArrayList<>();
        if (current == null || current.isEmpty() || !passwords.matches(current, account.passwordHash())) {
            errors.add(FieldError.of("current", "password.current.wrong"));
        }
        errors.addAll(PasswordPolicy.violations("newPassword", newPassword, username, common, account.fullName()));
        if (newPassword != null && !newPassword.equals(repeated)) {
            errors.add(FieldError.of("repeated", "password.repeated.different"));
        }
        if (newPassword != null && newPassword.equals(current)) {
            errors.add(FieldError.of("newPassword", "password.new.same"));
        }
        if (!errors.isEmpty()) {
            audit.record(
                    username,
                    "PASSWORD_CHANGE",
                    Outcome.FAILURE,
                    username,
                    errors.get(0).field(),
                    remoteAddress);
            throw new InvalidInputException(errors);
        }
        account.changePasswordHash(passwords.hash(newPassword));
        accounts.store(account);
        audit.record(username, "PASSWORD_CHANGE", Outcome.SUCCESS, username, null, remoteAddress);
    }
}
