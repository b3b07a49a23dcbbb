package pl.metryka.domain.model.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A named account of a clerk, auditor or administrator. Its full name is what the metryka shows
 * as "osoba wprowadzająca". After {@link #MAX_FAILED_LOGINS} wrong passwords in a row the
 * account is locked for {@link #LOCKOUT}.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.byUsername", query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = "UserAccount.count", query = "SELECT COUNT(u) FROM UserAccount u")
@NamedQuery(name = "UserAccount.all", query = "SELECT u FROM UserAccount u ORDER BY u.username")
public class UserAccount {

    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true)
    private String username;
    @Column(name = "full_name", nullable = false)
    private String fullName;
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;
    private boolean enabled = true;
    @Column(name = "failed_logins")
    private int failedLogins;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "must_change_password")
    private boolean mustChangePassword;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String fullName, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** @return true when this failure locked the account */
    public boolean recordFailedLogin(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCKOUT);
            failedLogins = 0;
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** The owner's own new password: any requirement to change it is met. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    /**
     * A password set by an administrator: known to someone besides the owner, so the owner must
     * change it at the next login. A lockout ends with it.
     */
    public void resetPassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = true;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public void rename(String newFullName) {
        this.fullName = newFullName;
    }

    public void grant(Set<Role> newRoles) {
        this.roles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public Long id() { return id; }
    public String username() { return username; }
    public String fullName() { return fullName; }
    public String passwordHash() { return passwordHash; }
    public boolean enabled() { return enabled; }
    public Instant lockedUntil() { return lockedUntil; }
    public int failedLogins() { return failedLogins; }
    public Set<Role> roles() { return Set.copyOf(roles); }
    public boolean mustChangePassword() { return mustChangePassword; }
    public Instant createdAt() { return createdAt; }
    /** The optimistic-lock version: changes made from a copy older than this are refused. */
    public long version() { return version; }
}
