package pl.metryka.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import pl.metryka.domain.model.account.LoginThrottle;
import pl.metryka.domain.model.account.LoginThrottles;

/**
 * The throttle rows in MariaDB, changed under the row's own lock: the row is made (or locked, if
 * it exists) by one INSERT ... ON DUPLICATE KEY UPDATE, which takes the exclusive lock at once
 * (an INSERT IGNORE then SELECT ... FOR UPDATE would take a shared lock first and let two parallel
 * attempts deadlock on the upgrade), read, and written back before the transaction commits.
 * Parallel attempts of one pair, on one instance or several, queue on that lock.
 */
@ApplicationScoped
public class JpaLoginThrottles implements LoginThrottles {

    @PersistenceContext(unitName = "metryka")
    private EntityManager em;

    @Override
    public Admission admit(String name, String source, Instant now) {
        em.createNativeQuery("INSERT INTO login_throttle (name, source, failures, last_attempt) VALUES (?, ?, 0, ?) "
                        + "ON DUPLICATE KEY UPDATE failures = failures")
                .setParameter(1, name)
                .setParameter(2, source)
                .setParameter(3, utc(now))
                .executeUpdate();
        Object[] row =
                (Object[]) em.createNativeQuery("SELECT failures, blocked_until, last_attempt FROM login_throttle "
                                + "WHERE name = ? AND source = ? FOR UPDATE")
                        .setParameter(1, name)
                        .setParameter(2, source)
                        .getSingleResult();
        LoginThrottle before = new LoginThrottle(((Number) row[0]).intValue(), instant(row[1]), instant(row[2]));
        if (before.blocks(now)) {
            return new Admission(false, before);
        }
        LoginThrottle after = before.counted(now);
        em.createNativeQuery(
                        "UPDATE login_throttle SET failures = ?, blocked_until = ?, last_attempt = ? WHERE name = ? AND source = ?")
                .setParameter(1, after.failures())
                .setParameter(2, after.blockedUntil() == null ? null : utc(after.blockedUntil()))
                .setParameter(3, utc(after.lastAttempt()))
                .setParameter(4, name)
                .setParameter(5, source)
                .executeUpdate();
        return new Admission(true, after);
    }

    @Override
    public void succeeded(String name, String source) {
        em.createNativeQuery("DELETE FROM login_throttle WHERE name = ? AND source = ?")
                .setParameter(1, name)
                .setParameter(2, source)
                .executeUpdate();
    }

    @Override
    public void forgetAll(String name) {
        em.createNativeQuery("DELETE FROM login_throttle WHERE name = ?")
                .setParameter(1, name)
                .executeUpdate();
    }

    @Override
    public boolean anyBlocked(String name, Instant now) {
        List<?> rows = em.createNativeQuery("SELECT 1 FROM login_throttle WHERE name = ? AND blocked_until > ? LIMIT 1")
                .setParameter(1, name)
                .setParameter(2, utc(now))
                .getResultList();
        return !rows.isEmpty();
    }

    @Override
    public int forgetQuietSince(Instant before, Instant now) {
        return em.createNativeQuery(
                        "DELETE FROM login_throttle WHERE last_attempt < ? AND (blocked_until IS NULL OR blocked_until <= ?)")
                .setParameter(1, utc(before))
                .setParameter(2, utc(now))
                .executeUpdate();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (column instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected DATETIME value " + column.getClass());
    }
}
