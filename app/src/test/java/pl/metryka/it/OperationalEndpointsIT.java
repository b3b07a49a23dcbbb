package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14, item 12: what operators need is not for everyone. Health answers anonymous callers
 * with its status alone (no server version, no register size); metrics need an auditor's or
 * administrator's Basic login or a configured address (the suite allows 127.0.0.3,
 * {@code metryka.metrics.addresses} in arquillian.xml); the WADL is gone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationalEndpointsIT {

    @ArquillianResource
    private URL base;

    @Test
    void metricsAreNotForAnonymousCallers() {
        HttpResponse<byte[]> atServerRoot = Http.get(Http.server(base, "/metrics"));
        assertNotEquals(200, atServerRoot.statusCode(), Http.text(atServerRoot));
        assertFalse(Http.text(atServerRoot).contains("metryka_"), "no metric in the answer");
        HttpResponse<byte[]> inTheApplication = Http.get(Http.app(base, "metrics"));
        assertEquals(401, inTheApplication.statusCode(), Http.text(inTheApplication));
        assertFalse(Http.text(inTheApplication).contains("metryka_"));
    }

    @Test
    void metricsForAnAuditorAnAdministratorOrAConfiguredAddressOnly() {
        for (String user : new String[] {"audytor", "admin"}) {
            HttpResponse<byte[]> reply = Http.get(Http.app(base, "metrics"), "Authorization", basic(user, user));
            assertEquals(200, reply.statusCode(), user);
            assertTrue(Http.text(reply).contains("metryka_http_requests_total{"), Http.text(reply));
        }
        assertEquals(
                403,
                Http.get(Http.app(base, "metrics"), "Authorization", basic("redaktor", "redaktor"))
                        .statusCode());
        String scraper = RawHttp.exchange(base, "127.0.0.3", "GET", RawHttp.app(base, "metrics"), "localhost");
        assertEquals(200, RawHttp.status(scraper), scraper);
        assertTrue(scraper.contains("metryka_visits_pending{"), scraper);
    }

    @Test
    void healthTellsAnonymousCallersItsStatusOnly() {
        for (String path : new String[] {"/health/ready", "/health/live", "/health"}) {
            HttpResponse<byte[]> reply = Http.get(Http.server(base, path));
            String body = Http.text(reply);
            assertEquals(200, reply.statusCode(), path + " " + body);
            assertTrue(body.contains("\"UP\""), body);
            assertFalse(body.matches("(?s).*\"data\":\\{[^}].*"), path + " has data: " + body);
            for (String detail :
                    new String[] {"MariaDB", "registerSeq", "documents", "usedBytes", "engine", "migrated"}) {
                assertFalse(body.contains(detail), path + " tells anyone " + detail + ": " + body);
            }
        }
    }

    @Test
    void theWadlIsOff() {
        HttpResponse<byte[]> reply = Http.get(Http.app(base, "api/v1/application.wadl"));
        assertEquals(404, reply.statusCode(), Http.text(reply));
        assertEquals(
                404,
                Http.get(Http.app(base, "api/v1/application.wadl?detail=true")).statusCode());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
