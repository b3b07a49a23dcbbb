package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.IntSupplier;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.domain.model.account.LoginThrottle;
import pl.metryka.test.ApiClient;
import pl.metryka.test.DirectSql;

/** What a typed user name may hold, and what the time of a refusal may tell. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginInputIT {

    private static final String AUDITED =
            "SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN' AND outcome = 'FAILURE' AND ";

    @ArquillianResource
    private URL base;

    @Test
    void aUserNameOverTwoHundredCharactersIsRefusedAndAuditedOnce() {
        String name = "d" + UUID.randomUUID().toString().replace("-", "") + "x".repeat(250);
        assertRefused(name);
        assertEquals(1, DirectSql.count(AUDITED + "actor = ?", name.substring(0, 200)));
    }

    @Test
    void aNewlineInABasicUserNameCannotStartALineOfTheLog() {
        String tag = UUID.randomUUID().toString();
        // no colon: in Basic the first colon ends the user name (RFC 7617)
        String name = "zly\r\n[2026-01-01T00.00.00] [] [WARNING] Audit SUCCESS LOGIN by admin " + tag;
        assertRefused(name);
        assertEquals(1, DirectSql.count(AUDITED + "actor LIKE ?", "%" + tag));
        assertEquals(
                0,
                DirectSql.count(
                        AUDITED + "actor LIKE ? AND (INSTR(actor, CHAR(10)) > 0 OR INSTR(actor, CHAR(13)) > 0)",
                        "%" + tag));
        assertEquals(
                1,
                DirectSql.count(AUDITED + "actor = ?", name.replace("\r", "\\r").replace("\n", "\\n")));
    }

    @Test
    void failuresAreAuditedUnderTheAccountsOwnSpellingOfItsName() {
        String name = LoginLockoutIT.newAccount(base);
        String typed = name.toUpperCase(Locale.ROOT);
        assertEquals(
                401,
                ApiClient.anonymous(base)
                        .as(typed, "zle-haslo")
                        .get("api/v1/documents?size=1")
                        .status());
        assertEquals(1, DirectSql.count(AUDITED + "CAST(actor AS BINARY) = CAST(? AS BINARY)", name));
        assertEquals(0, DirectSql.count(AUDITED + "CAST(actor AS BINARY) = CAST(? AS BINARY)", typed));
    }

    @Test
    void aPasswordSetByTheAdministratorOpensNoApiUntilChanged() {
        String name = LoginLockoutIT.newAccount(base);
        ApiClient.Reply refused =
                ApiClient.anonymous(base).as(name, LoginLockoutIT.PASSWORD).get("api/v1/documents?size=1");
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.body().contains("Wymagana zmiana hasła"), refused.body());
        HttpResponse<byte[]> raw = Http.get(
                Http.app(base, "api/v1/documents?size=1"),
                "Authorization",
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString(
                                        (name + ":" + LoginLockoutIT.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        assertTrue(
                raw.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                raw.headers().toString());

        DirectSql.update(
                "UPDATE user_account SET must_change_password = FALSE WHERE username = ?",
                name); // as the owner's change does
        assertEquals(
                200,
                ApiClient.anonymous(base)
                        .as(name, LoginLockoutIT.PASSWORD)
                        .get("api/v1/documents?size=1")
                        .status());
    }

    @Test
    void anUnknownNameIsRefusedAsSlowlyAsAKnownOne() {
        ApiClient api = ApiClient.anonymous(base);
        List<Long> unknownTimes = new ArrayList<>();
        List<Long> knownTimes = new ArrayList<>();
        for (int account = 0; account < 3; account++) {
            String known = LoginLockoutIT.newAccount(base);
            for (int i = 0; i < UserAccountLimits.BELOW_LOCKOUT; i++) { // a wrong password, never locking the account
                unknownTimes.add(timed(() -> api.as("nieznany-" + UUID.randomUUID(), "zle-haslo")
                        .get("api/v1/documents?size=1")
                        .status()));
                knownTimes.add(timed(() -> api.as(known, "zle-haslo")
                        .get("api/v1/documents?size=1")
                        .status()));
            }
        }
        long unknown = median(unknownTimes.subList(2, unknownTimes.size()));
        long knownMedian = median(knownTimes.subList(2, knownTimes.size()));
        assertTrue(
                Math.abs(unknown - knownMedian) <= 0.25 * Math.max(unknown, knownMedian),
                "median refusal: unknown " + unknown + " ms, known " + knownMedian + " ms");
    }

    /** Failures one source may make at a name before it must wait. */
    private static final class UserAccountLimits {
        static final int BELOW_LOCKOUT = LoginThrottle.FREE_ATTEMPTS - 1;
    }

    private static long timed(IntSupplier call) {
        long start = System.nanoTime();
        assertEquals(401, call.getAsInt());
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    /** A Basic login under {@code name} with a wrong password: refused with 401. */
    private void assertRefused(String name) {
        assertEquals(
                401,
                ApiClient.anonymous(base)
                        .as(name, "zle-haslo")
                        .get("api/v1/documents?size=1")
                        .status());
    }
}
