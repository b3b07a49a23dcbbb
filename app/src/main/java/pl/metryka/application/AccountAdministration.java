package pl.metryka.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import pl.metryka.domain.model.account.CommonPasswords;
import pl.metryka.domain.model.account.LoginThrottle;
import pl.metryka.domain.model.account.LoginThrottles;
import pl.metryka.domain.model.account.PasswordPolicy;
import pl.metryka.domain.model.account.Role;
import pl.metryka.domain.model.account.UserAccount;
import pl.metryka.domain.model.account.UserAccountRepository;
import pl.metryka.domain.shared.FieldError;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.domain.shared.Moment;

/**
 * An administrator's work on accounts: create, change name and roles, disable and enable, reset a
 * password. Nothing here ever returns a password or a hash, except a generated password once, to
 * the administrator who asked for it. Every change goes to the audit log, once, in the change's own
 * transaction; never to the public change register (staff accounts and roles are no public
 * information; see compliance-docs/public-register.md).
 */
@Stateless
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class AccountAdministration {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private LoginThrottles throttles;

    @Inject
    private CommonPasswords common;

    /**
     * What the administration shows of an account: never its password or hash. {@code locked}: some
     * address must now wait before trying this account's name again (the account itself is never
     * locked: see {@link pl.metryka.domain.model.account.LoginThrottle}).
     */
    public record Account(
            String username,
            String fullName,
            Set<Role> roles,
            boolean enabled,
            boolean locked,
            boolean mustChangePassword,
            Instant createdAt,
            long version) {
        static Account of(UserAccount a, boolean throttled) {
            return new Account(
                    a.username(),
                    a.fullName(),
                    a.roles().isEmpty() ? Set.of() : EnumSet.copyOf(a.roles()),
                    a.enabled(),
                    throttled,
                    a.mustChangePassword(),
                    a.createdAt(),
                    a.version());
        }
    }

    /** The password an administrator set or had generated; {@code generated} is non-null only when generated. */
    public record PasswordSet(String username, String generated) {}

    public List<Account> accounts() {
        return accounts.all().stream().map(this::shown).toList();
    }

    public Optional<Account> account(String username) {
        return username == null
                ? Optional.empty()
                : accounts.findByUsername(username).map(this::shown);
    }

    /**
     * Fields: {@code username}, {@code fullName}, {@code roles}, {@code password}. A blank password
     * with {@code generate} makes one; the owner must change it at the first login either way.
     */
    public PasswordSet create(
            String username,
            String fullName,
            Set<Role> roles,
            String password,
            boolean generate,
            String remoteAddress) {
        String name = username == null ? "" : username.strip();
        List<FieldError> errors = new ArrayList<>();
        if (!USERNAME.matcher(name).matches()) {
            errors.add(FieldError.of("username", "account.username.invalid"));
        } else if (accounts.findByUsername(name).isPresent()) {
            errors.add(FieldError.of("username", "account.username.taken"));
        }
        errors.addAll(fullNameErrors(fullName));
        errors.addAll(roleErrors(roles));
        String initial = generate && (password == null || password.isEmpty()) ? generated() : password;
        if (!generate || password != null && !password.isEmpty()) {
            errors.addAll(
                    PasswordPolicy.violations("password", password, name, common, fullName == null ? "" : fullName));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String hash = passwords.hash(initial);
        UserAccount account = new UserAccount(name, fullName.strip(), hash, roles, Moment.now());
        account.resetPassword(hash); // known to the administrator: the owner chooses their own at the first login
        accounts.store(account);
        audit.recordChange(me(), "ACCOUNT_CREATE", name, "Utworzono konto; role: " + roleList(roles), remoteAddress);
        return new PasswordSet(name, initial.equals(password) ? null : initial);
    }

    /**
     * Fields: {@code fullName}, {@code roles}. An administrator cannot take the ADMINISTRATOR role from themself.
     * {@code readVersion} is the {@link Account#version()} the administrator's form showed: when the account
     * has changed since (another administrator saved first), nothing is written and they are told so,
     * instead of the last save silently undoing the other.
     */
    public void change(String username, String fullName, Set<Role> roles, long readVersion, String remoteAddress) {
        UserAccount account = existing(username);
        if (account.version() != readVersion) {
            throw conflict(username);
        }
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(fullNameErrors(fullName));
        errors.addAll(roleErrors(roles));
        if (username.equals(me()) && roles != null && !roles.contains(Role.ADMINISTRATOR)) {
            errors.add(FieldError.of("roles", "account.roles.ownAdministrator"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<String> changes = new ArrayList<>();
        if (!account.fullName().equals(fullName.strip())) {
            changes.add("imię i nazwisko: „" + account.fullName() + "” → „" + fullName.strip() + "”");
            account.rename(fullName.strip());
        }
        if (!account.roles().equals(roles)) {
            changes.add("role: " + roleList(account.roles()) + " → " + roleList(roles));
            account.grant(roles);
        }
        if (changes.isEmpty()) {
            return;
        }
        try {
            accounts.store(account); // @Version: a save committed between our read and this write is refused too
        } catch (OptimisticLockException e) {
            throw conflict(username);
        }
        String what = String.join("; ", changes);
        audit.recordChange(me(), "ACCOUNT_CHANGE", username, "Zmiana konta: " + what, remoteAddress);
    }

    /** A disabled account cannot log in, and its open sessions end with their next request. */
    public void disable(String username, String remoteAddress) {
        UserAccount account = existing(username);
        if (username.equals(me())) {
            throw InvalidInputException.of("enabled", "account.disable.own");
        }
        if (!account.enabled()) {
            return;
        }
        account.disable();
        accounts.store(account);
        audit.recordChange(me(), "ACCOUNT_DISABLE", username, "Konto zablokowane", remoteAddress);
    }

    public void enable(String username, String remoteAddress) {
        UserAccount account = existing(username);
        if (account.enabled()) {
            return;
        }
        account.enable();
        accounts.store(account);
        audit.recordChange(me(), "ACCOUNT_ENABLE", username, "Konto odblokowane", remoteAddress);
    }

    /** Field: {@code password}. The owner must change the new password at the next login; waits for it end. */
    public PasswordSet resetPassword(String username, String password, boolean generate, String remoteAddress) {
        UserAccount account = existing(username);
        String newPassword = generate && (password == null || password.isEmpty()) ? generated() : password;
        if (!generate || password != null && !password.isEmpty()) {
            List<FieldError> errors =
                    PasswordPolicy.violations("password", password, username, common, account.fullName());
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
        account.resetPassword(passwords.hash(newPassword));
        accounts.store(account);
        throttles.forgetAll(LoginThrottle.nameKey(username)); // every address may try the new password at once
        audit.recordChange(
                me(),
                "PASSWORD_RESET",
                username,
                "Hasło nadane przez administratora (do zmiany przy logowaniu; "
                        + (generate ? "wygenerowane" : "wpisane przez administratora") + ")",
                remoteAddress);
        return new PasswordSet(username, newPassword.equals(password) ? null : newPassword);
    }

    private Account shown(UserAccount account) {
        return Account.of(account, throttles.anyBlocked(LoginThrottle.nameKey(account.username()), Moment.now()));
    }

    private static InvalidInputException conflict(String username) {
        return InvalidInputException.of(null, "account.conflict", String.valueOf(username));
    }

    private UserAccount existing(String username) {
        return accounts.findByUsername(username == null ? "" : username)
                .orElseThrow(() -> new NotFoundException("Nie ma konta " + username + "."));
    }

    private static List<FieldError> fullNameErrors(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return List.of(FieldError.of("fullName", "person.fullName.required"));
        }
        if (fullName.strip().length() > 200) {
            return List.of(FieldError.of("fullName", "account.fullName.tooLong"));
        }
        return List.of();
    }

    private static List<FieldError> roleErrors(Set<Role> roles) {
        return roles == null || roles.isEmpty() ? List.of(FieldError.of("roles", "account.roles.required")) : List.of();
    }

    static String roleList(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(", "));
    }

    /** 16 letters and digits without look-alikes (about 93 bits), always with a digit. */
    static String generated() {
        StringBuilder password = new StringBuilder();
        while (password.length() < GENERATED_LENGTH
                || password.chars().noneMatch(Character::isDigit)
                || password.chars().noneMatch(Character::isLetter)) {
            if (password.length() == GENERATED_LENGTH) {
                password.setLength(0);
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private String me() {
        return currentUser.editor().username();
    }
}
