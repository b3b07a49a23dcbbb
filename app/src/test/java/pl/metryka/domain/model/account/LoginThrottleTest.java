package pl.metryka.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-05-06T08:00:00Z");

    @Test
    void fourAttemptsAreFreeAndTheFifthMakesTheSourceWaitAMinute() {
        LoginThrottle state = LoginThrottle.NONE;
        for (int i = 1; i <= 4; i++) {
            state = state.counted(T0.plusSeconds(i));
            assertEquals(i, state.failures());
            assertNull(state.blockedUntil());
            assertFalse(state.blocks(T0.plusSeconds(i)));
        }
        Instant fifth = T0.plusSeconds(5);
        state = state.counted(fifth);
        assertEquals(fifth.plus(Duration.ofMinutes(1)), state.blockedUntil());
        assertTrue(state.blocks(fifth.plusSeconds(59)));
        assertFalse(state.blocks(fifth.plusSeconds(60)));
    }

    @Test
    void everyFurtherFailureDoublesTheWaitUpToAnHour() {
        assertEquals(Duration.ZERO, LoginThrottle.delayAfter(4));
        assertEquals(Duration.ofMinutes(1), LoginThrottle.delayAfter(5));
        assertEquals(Duration.ofMinutes(2), LoginThrottle.delayAfter(6));
        assertEquals(Duration.ofMinutes(4), LoginThrottle.delayAfter(7));
        assertEquals(Duration.ofMinutes(32), LoginThrottle.delayAfter(10));
        assertEquals(Duration.ofHours(1), LoginThrottle.delayAfter(11));
        assertEquals(Duration.ofHours(1), LoginThrottle.delayAfter(1_000));
    }

    @Test
    void aQuietDayForgetsTheFailures() {
        LoginThrottle state = new LoginThrottle(9, null, T0);
        assertEquals(10, state.counted(T0.plus(Duration.ofHours(23))).failures());
        LoginThrottle later = state.counted(T0.plus(Duration.ofDays(1)));
        assertEquals(1, later.failures());
        assertNull(later.blockedUntil());
    }

    @Test
    void namesAreKeyedWithoutCaseAndCutLikeTheAuditLog() {
        assertEquals("redaktor", LoginThrottle.nameKey("ReDaKtOr"));
        assertEquals(200, LoginThrottle.nameKey("x".repeat(300)).length());
        assertEquals("", LoginThrottle.sourceKey(null));
        assertEquals("127.0.0.1", LoginThrottle.sourceKey(" 127.0.0.1 "));
    }

    @Test
    void anIpv6SourceIsItsSlash64SoOneSubscriberCannotRotateAddresses() {
        // a review found one attacker with an ordinary /64 could use a new address for every 5 guesses
        assertEquals(LoginThrottle.sourceKey("2001:db8:1:2::1"), LoginThrottle.sourceKey("2001:db8:1:2:ffff:ab:cd:ef"));
        assertEquals("2001:db8:1:2:0:0:0:0/64", LoginThrottle.sourceKey("2001:db8:1:2:3:4:5:6"));
        assertFalse(LoginThrottle.sourceKey("2001:db8:1:2::1").equals(LoginThrottle.sourceKey("2001:db8:1:3::1")));
        assertEquals("2001:db8:1:2:0:0:0:0/64", LoginThrottle.sourceKey("[2001:db8:1:2::9%eth0]"));
        assertEquals("192.0.2.7", LoginThrottle.sourceKey("::ffff:192.0.2.7"));
        assertEquals("192.0.2.7", LoginThrottle.sourceKey("192.0.2.7"));
        assertEquals("0:0:0:0:0:0:0:0/64", LoginThrottle.sourceKey("::1"));
    }
}
