package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.ApiClient;

/** The back office at the HTTP level: who is sent to the login form, headers, cookies, Basic for the API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackOfficeHttpIT {

    @ArquillianResource
    private URL base;

    @Test
    void aPanelPageWithoutLoginRedirectsToTheFormAndRemembersWhereTo() throws Exception {
        HttpResponse<String> response = get("panel/dokumenty.xhtml?status=DRAFT");
        assertEquals(302, response.statusCode());
        String location = response.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("/logowanie?dalej=%2Fpanel%2Fdokumenty.xhtml%3Fstatus%3DDRAFT"), location);
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void aFacesAjaxRequestWithoutLoginGetsAPartialResponseRedirect() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("panel/index.xhtml"))
                .timeout(Duration.ofSeconds(30))
                .header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true"))
                .build();
        HttpResponse<String> response = ApiClient.http().send(request, HttpResponse.BodyHandlers.ofString());
        assertTrue(response.body().contains("<partial-response><redirect url=\""), response.body());
        assertTrue(response.body().contains("/logowanie"), response.body());
    }

    @Test
    void theLoginPageHasOnePolicyWithANonceAndTheSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> response = get("logowanie");
        assertEquals(200, response.statusCode());
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), policies.toString());
        String policy = policies.get(0);
        assertTrue(policy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+';.*"), policy);
        assertTrue(policy.contains("frame-ancestors 'self'") && policy.contains("object-src 'none'"), policy);
        String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertTrue(response.body().contains("nonce=\"" + nonce + "\""), "PrimeFaces' scripts carry the header's nonce");
        assertEquals(
                "nosniff",
                response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(
                "strict-origin-when-cross-origin",
                response.headers().firstValue("Referrer-Policy").orElse(""));
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the login form's view state lives in a session"));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertFalse(
                cookie.contains("Secure"), "plain http (tests, development): not Secure unless configured: " + cookie);
        assertTrue(
                response.body().contains("name=\"jakarta.faces.ViewState\""), "the form carries its view state (CSRF)");
    }

    @Test
    void publicPagesKeepScriptsFromTheSiteOnlyWithNoNonce() throws Exception {
        HttpResponse<String> response = get("");
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), policies.toString());
        assertTrue(
                policies.get(0).contains("script-src 'self';")
                        && !policies.get(0).contains("nonce"),
                "PrimeFaces writes no script into a public page, so its policy allows none inline: " + policies.get(0));
        assertFalse(response.body().contains("nonce="), response.body());
    }

    @Test
    void httpBasicStillWorksForTheApiAndAWrongPasswordIsA401() {
        ApiClient api = ApiClient.anonymous(base);
        assertEquals(
                200,
                api.as("naczelny", "naczelny").get("api/v1/documents?size=1").status());
        ApiClient.Reply wrong = api.as("nikt-" + System.nanoTime(), "zle").get("api/v1/documents?size=1");
        assertEquals(401, wrong.status());
        assertTrue(wrong.body().contains("\"errors\""), wrong.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return ApiClient.http()
                .send(
                        HttpRequest.newBuilder(uri(path))
                                .timeout(Duration.ofSeconds(30))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return ApiClient.anonymous(base).uri(path);
    }
}
