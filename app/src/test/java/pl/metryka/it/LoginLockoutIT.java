package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.ApiClient;
import pl.metryka.test.DirectSql;
import pl.metryka.test.JsonBodies;

/** The throttle holds against guesses sent in parallel: every failure counted and audited exactly once. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginLockoutIT {

    static final String PASSWORD = "Poprawne-Haslo-2026";

    @ArquillianResource
    private URL base;

    @Test
    void fiftyParallelWrongPasswordsLockTheirSourceOutAndAreAllAudited() throws Exception {
        String name = newAccount(base);
        ApiClient api = ApiClient.anonymous(base);
        Map<Integer, Integer> statuses = parallel(
                50,
                () -> api.as(name, "zle-haslo-" + UUID.randomUUID())
                        .get("api/v1/documents?size=1")
                        .status());

        assertEquals(Map.of(401, 50), statuses, "every wrong guess refused, none failed");
        assertNotNull(
                DirectSql.string(
                        "SELECT blocked_until FROM login_throttle WHERE name = ? AND blocked_until > UTC_TIMESTAMP(6)",
                        name),
                "the guessing address is locked out");
        assertEquals(
                "5",
                DirectSql.string("SELECT failures FROM login_throttle WHERE name = ?", name),
                "exactly five passwords were checked, however many came at once");
        assertEquals(
                50,
                DirectSql.count(
                        "SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'LOGIN' AND outcome = 'FAILURE'",
                        name),
                "one audit event per guess");
        assertEquals(
                401,
                api.as(name, PASSWORD).get("api/v1/documents?size=1").status(),
                "the right password is refused from the locked-out address");
        assertEquals(
                403,
                FromAddress.random()
                        .get(base, "api/v1/documents?size=1", name, PASSWORD)
                        .status(),
                "from another address the password is checked (and right: 403 only because its owner must change it first)");
    }

    /** A new account (with a password its owner must change) made by the administrator; its name. */
    static String newAccount(URL base) {
        String name = "zgad-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Reply created = ApiClient.anonymous(base)
                .as("admin", "admin")
                .post(
                        "api/v1/admin/accounts",
                        JsonBodies.account(name, "Jan Próbny", PASSWORD, "REDAKTOR")
                                .build()
                                .toString());
        assertEquals(201, created.status(), created.body());
        return name;
    }

    static Map<Integer, Integer> parallel(int n, Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Integer>> replies = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                replies.add(pool.submit(call));
            }
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Integer> reply : replies) {
                statuses.merge(reply.get(), 1, Integer::sum);
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
