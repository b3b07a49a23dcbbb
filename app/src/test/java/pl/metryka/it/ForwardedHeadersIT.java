package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.DirectSql;
import pl.metryka.test.SuiteEnvironment;

/**
 * Issue 14, item 11: forwarded headers count only from the configured proxies. The suite trusts
 * one proxy, 127.0.0.2 ({@code metryka.trusted.proxies} in arquillian.xml); the tests speak from
 * 127.0.0.1 (an ordinary client) or from 127.0.0.2 (the proxy) and read the address the audit log
 * recorded. Behind the shipped nginx every audit address used to be the proxy's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForwardedHeadersIT {

    private static final String CLIENT = "127.0.0.1";
    private static final String PROXY = "127.0.0.2";
    private static final String FOREIGN = "attacker.invalid";

    @ArquillianResource
    private URL base;

    @Test
    void aClientCannotChooseItsAuditAddress() {
        assertEquals(CLIENT, auditedAddressOfAFailedLogin(CLIENT, "X-Forwarded-For", "203.0.113.9"));
    }

    @Test
    void behindTheTrustedProxyTheAuditShowsTheRealClient() {
        assertEquals("203.0.113.10", auditedAddressOfAFailedLogin(PROXY, "X-Forwarded-For", "203.0.113.10"));
    }

    @Test
    void theRightMostUntrustedAddressCountsNotWhatTheClientPrepended() {
        assertEquals(
                "203.0.113.11",
                auditedAddressOfAFailedLogin(PROXY, "X-Forwarded-For", "198.51.100.66, 203.0.113.11"),
                "nginx appends the peer it saw; anything left of it was written by the client");
        assertEquals(
                "203.0.113.12",
                auditedAddressOfAFailedLogin(PROXY, "X-Forwarded-For", "203.0.113.12, " + PROXY),
                "trusted proxies in the chain are skipped");
    }

    @Test
    void aRefusalBehindTheProxyIsRecordedUnderItsClient() {
        String answer = RawHttp.exchange(
                base,
                PROXY,
                "POST",
                RawHttp.app(base, "api/v1/documents/1/archive"),
                "localhost",
                "Authorization",
                basic("audytor", "audytor"),
                "X-Forwarded-For",
                "203.0.113.13");
        assertEquals(403, RawHttp.status(answer), answer);
        assertTrue(
                DirectSql.count("SELECT COUNT(*) FROM audit_event WHERE actor = 'audytor' AND outcome = 'REFUSED'"
                                + " AND remote_address = '203.0.113.13'")
                        > 0,
                "the refusal is audited with the proxy's client");
    }

    @Test
    void aForgedHostOrProtoNeverMakesAForeignAbsoluteRedirect() {
        String own = URI.create(System.getProperty(SuiteEnvironment.BASE_URL))
                .resolve("/")
                .toString();
        List<String> foreign = new ArrayList<>();
        for (String from : List.of(CLIENT, PROXY)) {
            for (String path : List.of(
                    "panel",
                    "panel/",
                    "panel/index.xhtml",
                    "panel/dokumenty.xhtml?status=DRAFT",
                    "panel/administracja/konta.xhtml",
                    "citizen",
                    "logowanie?dalej=%2Fpanel%2F",
                    "api")) {
                String answer = RawHttp.exchange(
                        base,
                        from,
                        "GET",
                        RawHttp.app(base, path),
                        FOREIGN,
                        "X-Forwarded-Proto",
                        "https",
                        "X-Forwarded-Host",
                        FOREIGN,
                        "X-Forwarded-Port",
                        "443");
                String location = RawHttp.header(answer, "Location");
                if (location != null
                        && (location.contains(FOREIGN)
                                || location.startsWith("https:")
                                || (location.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") && !location.startsWith(own)))) {
                    foreign.add(from + " " + path + " -> " + location);
                }
            }
        }
        assertEquals(List.of(), foreign);
    }

    /** A wrong Basic login of a fresh unknown name, sent from {@code from}: the address the audit log recorded for it. */
    private String auditedAddressOfAFailedLogin(String from, String... headers) {
        String name = "nikt-" + UUID.randomUUID().toString().substring(0, 8);
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = basic(name, "zle-haslo");
        System.arraycopy(headers, 0, all, 2, headers.length);
        String answer =
                RawHttp.exchange(base, from, "GET", RawHttp.app(base, "api/v1/documents?size=1"), "localhost", all);
        assertEquals(401, RawHttp.status(answer), answer);
        String address =
                DirectSql.string("SELECT remote_address FROM audit_event WHERE actor = ? AND action = 'LOGIN'", name);
        assertTrue(address != null, "the failed login was audited");
        return address;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
