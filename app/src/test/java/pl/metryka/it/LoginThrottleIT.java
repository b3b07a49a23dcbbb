package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.DirectSql;

/**
 * Wrong passwords from one address make that address wait, with growing delays; they do not keep
 * the account's owner, at another address, from logging in (issue 14, item 5).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginThrottleIT {

    private static final String DOCUMENTS = "api/v1/documents?size=1";
    private static final String FAILURES =
            "SELECT COUNT(*) FROM audit_event WHERE actor = 'redaktor' AND action = 'LOGIN' "
                    + "AND outcome = 'FAILURE' AND remote_address = ?";

    @ArquillianResource
    private URL base;

    @Test
    void anAttackerElsewhereCannotLockTheClerkOutAndWaitsLongerAndLonger() {
        FromAddress attacker = FromAddress.random();
        FromAddress clerk = FromAddress.random();
        assertNotEquals(attacker.address(), clerk.address());

        for (int i = 1; i <= 4; i++) {
            FromAddress.Reply wrong = attacker.get(base, DOCUMENTS, "redaktor", "zle-haslo-" + i);
            assertEquals(401, wrong.status(), wrong.body());
            assertTrue(wrong.header("Retry-After").isEmpty(), "no wait before the fifth failure: " + wrong.head());
        }
        FromAddress.Reply fifth = attacker.get(base, DOCUMENTS, "redaktor", "zle-haslo-5");
        assertEquals(401, fifth.status());
        long firstWait = retryAfter(fifth);
        assertTrue(
                firstWait > 50 && firstWait <= 61, "the fifth failure makes the address wait a minute: " + firstWait);

        FromAddress.Reply owner = clerk.get(base, DOCUMENTS, "redaktor", "redaktor");
        assertEquals(200, owner.status(), "the clerk at their own address logs in at once: " + owner.head());

        FromAddress.Reply rightButWaiting = attacker.get(base, DOCUMENTS, "redaktor", "redaktor");
        assertEquals(401, rightButWaiting.status(), "even the right password is not checked while the address waits");
        assertTrue(
                rightButWaiting.header("Content-Type").orElse("").startsWith("application/problem+json"),
                rightButWaiting.head());
        assertTrue(rightButWaiting.body().contains("Zbyt wiele nieudanych prób logowania"), rightButWaiting.body());
        assertTrue(retryAfter(rightButWaiting) <= firstWait);

        long wait = firstWait;
        for (int round = 0;
                round < 2;
                round++) { // the wait is over (as if the minutes had passed): one more wrong guess
            DirectSql.update(
                    "UPDATE login_throttle SET blocked_until = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE name = 'redaktor' AND source = ?",
                    attacker.address());
            FromAddress.Reply again = attacker.get(base, DOCUMENTS, "redaktor", "zle-haslo-" + (6 + round));
            assertEquals(401, again.status());
            long next = retryAfter(again);
            assertTrue(
                    next > 1.8 * wait && next <= 2 * wait + 2, "the wait doubles: " + wait + " s, then " + next + " s");
            wait = next;
        }

        assertEquals(8, DirectSql.count(FAILURES, attacker.address()), "every refused attempt audited exactly once");
        assertEquals(0, DirectSql.count(FAILURES, clerk.address()));
        assertEquals(
                "7",
                DirectSql.string(
                        "SELECT failures FROM login_throttle WHERE name = 'redaktor' AND source = ?",
                        attacker.address()),
                "the attempt refused unchecked is not counted as a guess");
        assertEquals(
                0,
                DirectSql.count(
                        "SELECT COUNT(*) FROM login_throttle WHERE name = 'redaktor' AND source = ?", clerk.address()),
                "the clerk's success leaves nothing of their address behind");
        assertEquals(200, clerk.get(base, DOCUMENTS, "redaktor", "redaktor").status(), "and the clerk is still in");
    }

    @Test
    void anUnknownNameIsThrottledExactlyAsAKnownOneSoThrottlingTellsNoAccounts() {
        FromAddress source = FromAddress.random();
        String unknown = "nieznany-" + source.address().replace('.', '-');
        for (int i = 1; i <= 4; i++) {
            assertFalse(source.get(base, DOCUMENTS, unknown, "zle")
                    .header("Retry-After")
                    .isPresent());
        }
        long wait = retryAfter(source.get(base, DOCUMENTS, unknown, "zle"));
        assertTrue(wait > 50 && wait <= 61, "wait " + wait);
    }

    @Test
    void aClerksOwnParallelCallsWithTheRightPasswordAreNeverTakenForGuesses() throws Exception {
        // each API call logs in (HTTP Basic): before, every call in flight was counted as a failure
        // until its password was checked, so the sixth of a burst was refused (ConcurrentAmendmentIT
        // saw 2 of 20 clerks get 401 "too many failures")
        FromAddress clerk = FromAddress.random();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<FromAddress.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                replies.add(pool.submit(() -> clerk.get(base, DOCUMENTS, "naczelny", "naczelny")));
            }
            for (Future<FromAddress.Reply> reply : replies) {
                FromAddress.Reply r = reply.get(120, TimeUnit.SECONDS);
                assertEquals(200, r.status(), r.head() + "\n" + r.body());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(
                0,
                DirectSql.count(
                        "SELECT COUNT(*) FROM audit_event WHERE actor = 'naczelny' AND action = 'LOGIN' "
                                + "AND outcome = 'FAILURE' AND remote_address = ?",
                        clerk.address()));
        assertEquals(
                0,
                DirectSql.count(
                        "SELECT COUNT(*) FROM login_throttle WHERE name = 'naczelny' AND source = ?", clerk.address()),
                "right passwords leave no count behind");
    }

    private static long retryAfter(FromAddress.Reply reply) {
        return Long.parseLong(
                reply.header("Retry-After").orElseThrow(() -> new AssertionError("no Retry-After: " + reply.head())));
    }
}
