package pl.metryka.domain.model.account;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * How often one source (a client address) may try passwords for one login name: the first
 * {@value #FREE_ATTEMPTS} failures cost nothing, then every further try from that source waits a
 * growing delay ({@link #FIRST_DELAY}, doubled each time, at most {@link #LONGEST_DELAY}).
 * Failures are forgotten after a successful login from that source, or a day without one.
 *
 * <p>There is no lock of the account itself: a lock anyone can trigger by typing a clerk's name
 * five times would let anyone keep that clerk from work. The clerk's own source is throttled only by
 * the clerk's own mistakes. Many sources together guess slowly too (every source pays the delays after
 * five tries), the passwords they would try first are refused when set (common-password check), and
 * every failure is in the audit log that the auditor reviews daily.
 *
 * <p>An attempt is counted <em>before</em> its password is checked (and forgotten when it was
 * right), so that however many guesses arrive at once, a source gets exactly {@value #FREE_ATTEMPTS}
 * checked before it waits.
 *
 * @param failures      attempts counted since the last success or the last quiet day
 * @param blockedUntil  when the source may try again; null while it may try now
 * @param lastAttempt   the last counted attempt; null for a source never seen
 */
public record LoginThrottle(int failures, Instant blockedUntil, Instant lastAttempt) {

    public static final int FREE_ATTEMPTS = 5;
    public static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    public static final Duration LONGEST_DELAY = Duration.ofHours(1);
    public static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);
    /** Login names are compared as the accounts are found: without regard to case, at most this long. */
    public static final int NAME_LENGTH = 200;

    public static final int SOURCE_LENGTH = 100;

    /** A source not seen before (or forgotten). */
    public static final LoginThrottle NONE = new LoginThrottle(0, null, null);

    /** Whether this source must wait before it may try again. */
    public boolean blocks(Instant now) {
        return blockedUntil != null && now.isBefore(blockedUntil);
    }

    /** The state once one more attempt (not blocked) is counted at {@code now}. */
    public LoginThrottle counted(Instant now) {
        int before = lastAttempt != null && !now.isBefore(lastAttempt.plus(FORGOTTEN_AFTER)) ? 0 : failures;
        int after = before + 1;
        return new LoginThrottle(after, after >= FREE_ATTEMPTS ? now.plus(delayAfter(after)) : null, now);
    }

    /** The wait after the {@code failures}th counted failure: none before {@value #FREE_ATTEMPTS}, then 1, 2, 4 ... 60 minutes. */
    public static Duration delayAfter(int failures) {
        if (failures < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = failures - FREE_ATTEMPTS;
        return doublings >= 6 ? LONGEST_DELAY : min(FIRST_DELAY.multipliedBy(1L << doublings), LONGEST_DELAY);
    }

    /** The key a typed or stored login name is throttled under. */
    public static String nameKey(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return lower.length() > NAME_LENGTH ? lower.substring(0, NAME_LENGTH) : lower;
    }

    /** The key a client address is throttled under ("" when none is known). */
    public static String sourceKey(String address) {
        String source = address == null ? "" : address.strip();
        if (source.indexOf(':') >= 0) {
            source = ipv6Network(source);
        }
        return source.length() > SOURCE_LENGTH ? source.substring(0, SOURCE_LENGTH) : source;
    }

    /**
     * An IPv6 source is its /64 network: one subscriber or server holds a whole /64 and could use
     * a new address for every few guesses; an IPv4-mapped address is the IPv4 address. A literal
     * with a colon is parsed without any name lookup.
     */
    private static String ipv6Network(String literal) {
        String bare =
                literal.startsWith("[") && literal.endsWith("]") ? literal.substring(1, literal.length() - 1) : literal;
        int zone = bare.indexOf('%');
        if (zone >= 0) {
            bare = bare.substring(0, zone);
        }
        try {
            InetAddress parsed = InetAddress.getByName(bare);
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress();
            }
            byte[] network = Arrays.copyOf(Arrays.copyOf(parsed.getAddress(), 8), 16); // the interface half set to 0
            return InetAddress.getByAddress(network).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return literal; // not an address after all: kept as it is
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
