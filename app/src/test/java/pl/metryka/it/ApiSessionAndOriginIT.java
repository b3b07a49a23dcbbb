package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.metryka.it.Documents.newDocument;
import static pl.metryka.it.Documents.unique;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.ApiClient;
import pl.metryka.test.DirectSql;
import pl.metryka.test.SuiteEnvironment;

/**
 * Issue 14, item 4: the API's writes are not the back office's. A page of another origin once
 * published a draft with nothing but the session cookie of a logged-in REDAKTOR_NACZELNY and a
 * body-less POST. Writes authenticate with HTTP Basic only, and a browser's cross-origin write is
 * refused (403, audited once) even with credentials.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiSessionAndOriginIT {

    private static final String FOREIGN = "https://attacker.invalid";

    @ArquillianResource
    private URL base;

    @Test
    void theBackOfficeSessionCookieAloneCannotPublishADraft() throws Exception {
        long draft = draft();
        String session = logInThroughTheForm("naczelny", "naczelny");
        assertEquals(200, send("GET", "panel/", "Cookie", session).statusCode(), "the form login worked");

        String publication = "api/v1/documents/" + draft + "/publication";
        HttpResponse<String> cookieOnly = send("POST", publication, "Cookie", session);
        assertEquals(401, cookieOnly.statusCode(), "a session is no API credential: " + cookieOnly.body());
        HttpResponse<String> ownPage = send("POST", publication, "Cookie", session, "Origin", ownOrigin());
        assertEquals(401, ownPage.statusCode(), "not even from the bulletin's own pages: " + ownPage.body());
        HttpResponse<String> foreignPage = send("POST", publication, "Cookie", session, "Origin", FOREIGN);
        // the attack itself: 403 from the origin check, or 401 if the anonymous write is refused first
        assertTrue(
                foreignPage.statusCode() == 403 || foreignPage.statusCode() == 401,
                "another origin's page: " + foreignPage.body());
        assertEquals("DRAFT", status(draft), "the draft stays unpublished");
    }

    @Test
    void aForeignOriginIsRefusedEvenWithBasicAndAuditedOnce() throws Exception {
        long draft = draft();
        String path = "api/v1/documents/" + draft + "/publication";
        HttpResponse<String> reply =
                send("POST", path, "Authorization", basic("naczelny", "naczelny"), "Origin", FOREIGN);
        assertEquals(403, reply.statusCode(), reply.body());
        assertTrue(
                reply.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                reply.headers().toString());
        assertEquals("DRAFT", status(draft));
        assertEquals(
                1,
                DirectSql.count(
                        "SELECT COUNT(*) FROM audit_event WHERE outcome = 'REFUSED' AND target LIKE ?",
                        "%/documents/" + draft + "/publication"),
                "refused and audited once");

        HttpResponse<String> crossSite =
                send("POST", path, "Authorization", basic("naczelny", "naczelny"), "Sec-Fetch-Site", "cross-site");
        assertEquals(403, crossSite.statusCode(), "no Origin, but the browser says cross-site: " + crossSite.body());
        HttpResponse<String> foreignReferer =
                send("POST", path, "Authorization", basic("naczelny", "naczelny"), "Referer", FOREIGN + "/strona");
        assertEquals(403, foreignReferer.statusCode(), "no Origin, a foreign Referer: " + foreignReferer.body());
        assertEquals("DRAFT", status(draft));
    }

    @Test
    void basicFromTheBulletinsOwnOriginOrFromANonBrowserClientWorks() throws Exception {
        long first = draft();
        String own = ownOrigin();
        HttpResponse<String> sameOrigin = send(
                "POST",
                "api/v1/documents/" + first + "/publication",
                "Authorization",
                basic("naczelny", "naczelny"),
                "Origin",
                own,
                "Sec-Fetch-Site",
                "same-origin");
        assertEquals(200, sameOrigin.statusCode(), sameOrigin.body());
        assertEquals("PUBLISHED", status(first));

        long second = draft();
        HttpResponse<String> noOrigin = send(
                "POST", "api/v1/documents/" + second + "/publication", "Authorization", basic("naczelny", "naczelny"));
        assertEquals(200, noOrigin.statusCode(), "importers and scripts send no Origin: " + noOrigin.body());
        assertEquals("PUBLISHED", status(second));
    }

    @Test
    void readsStayOpenToEveryOrigin() throws Exception {
        HttpResponse<String> reply =
                send("GET", "api/v1/documents?size=1", "Origin", FOREIGN, "Sec-Fetch-Site", "cross-site");
        assertEquals(200, reply.statusCode(), reply.body());
        assertEquals(
                "*", reply.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    /** The origin of the suite's METRYKA_BASE_URL. */
    private static String ownOrigin() {
        return URI.create(System.getProperty(SuiteEnvironment.BASE_URL))
                .resolve("/")
                .toString()
                .replaceAll("/$", "");
    }

    private long draft() {
        ApiClient.Reply created = ApiClient.anonymous(base)
                .as("redaktor", "redaktor")
                .post(
                        "api/v1/documents",
                        newDocument(unique("Projekt do publikacji"), "<p>Treść projektu.</p>", false));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private String status(long id) {
        return ApiClient.anonymous(base)
                .as("naczelny", "naczelny")
                .get("api/v1/documents/" + id)
                .json()
                .getString("status");
    }

    /** Logs in through /logowanie as a browser does; the session cookie ("JSESSIONID=...") of the logged-in session. */
    private String logInThroughTheForm(String user, String password) throws Exception {
        HttpResponse<String> form = send("GET", "logowanie");
        String cookie = sessionCookie(form);
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(form.body());
        assertTrue(viewState.find(), form.body());
        String fields =
                "logowanie=logowanie&logowanie%3Adalej=&logowanie%3Auzytkownik=" + enc(user) + "&logowanie%3Ahaslo="
                        + enc(password) + "&logowanie%3Azaloguj=&jakarta.faces.ViewState=" + enc(viewState.group(1));
        HttpRequest post = HttpRequest.newBuilder(ApiClient.anonymous(base).uri("logowanie"))
                .timeout(Duration.ofSeconds(60))
                .header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields))
                .build();
        HttpResponse<String> loggedIn = ApiClient.http().send(post, HttpResponse.BodyHandlers.ofString());
        assertEquals(302, loggedIn.statusCode(), loggedIn.body());
        String renewed = sessionCookie(loggedIn);
        return renewed == null ? cookie : renewed;
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";", 2)[0])
                .findFirst()
                .orElse(null);
    }

    private HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        ApiClient.anonymous(base).uri(path))
                .timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("Accept", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = ApiClient.http().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertNotNull(response);
        return response;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
