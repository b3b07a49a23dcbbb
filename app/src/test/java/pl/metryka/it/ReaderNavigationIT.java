package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.PublicPages;

/**
 * Finding the login and keeping a language (issue 16). Before: no page linked to the login,
 * {@code /login} and {@code /admin} were 404, and {@code /?lang=en} set no cookie, so the next click
 * showed Polish again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReaderNavigationIT {

    private static final List<String> PAGES = Stream.concat(
                    Stream.of(
                            "",
                            "kategoria/aktualnosci",
                            "dokument/kluczewski-klaster",
                            "dokument/kluczewski-klaster/wersja/1",
                            "dokument/przetarg-przebudowa-ul-lesnej-bogucin-duzy",
                            "szukaj?q=klaster"),
                    PublicPages.FIXED.stream())
            .toList();

    @ArquillianResource
    private URL base;

    @Test
    void everyPublicPageLinksToTheLoginInItsFooter() {
        String login = Http.app(base, "logowanie").getPath();
        for (String page : PAGES) {
            String html = Http.text(Http.get(Http.app(base, page)));
            String footer = html.substring(html.indexOf("<footer"));
            assertTrue(
                    footer.contains("<a href=\"" + login + "\">Logowanie</a>"),
                    "„Logowanie” in the footer of /" + page);
        }
        String english = Http.text(Http.get(Http.app(base, "?lang=en")));
        assertTrue(english.contains("<a href=\"" + login + "\">Log in</a>"), "English footer");
    }

    @Test
    void loginAndAdminLeadToTheLoginForm() {
        for (String alias : List.of("login", "admin", "admin/")) {
            HttpResponse<byte[]> response = Http.get(Http.app(base, alias));
            assertEquals(302, response.statusCode(), "/" + alias);
            String location = response.headers().firstValue("Location").orElse("");
            assertTrue(location.endsWith("/logowanie"), "/" + alias + " -> " + location);
            HttpResponse<byte[]> form = Http.get(Http.app(base, "logowanie"));
            assertEquals(200, form.statusCode());
            assertTrue(Http.text(form).contains("type=\"password\""), "the login form");
        }
    }

    @Test
    void theEnglishChoiceMadeOnAnyPageIsKeptOnTheNextClick() {
        for (String page : List.of(
                "", "kategoria/aktualnosci", "dokument/kluczewski-klaster", "mapa-strony", "szukaj?q=klaster")) {
            String chosen = page + (page.contains("?") ? "&" : "?") + "lang=en";
            HttpResponse<byte[]> response = Http.get(Http.app(base, chosen));
            assertTrue(english(Http.text(response)), "/" + chosen + " is English");
            String cookie = response.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("lang=en"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("/" + chosen + " remembers the choice"));
            String next = Http.text(Http.get(Http.app(base, "archiwum"), "Cookie", cookie.split(";")[0]));
            assertTrue(english(next), "the next click after /" + chosen + " stays English");
        }
        HttpResponse<byte[]> back = Http.get(Http.app(base, "?lang=pl"), "Cookie", "lang=en");
        assertTrue(!english(Http.text(back)) && Http.text(back).matches("(?s).*<html[^>]*\\blang=\"pl\".*"));
        assertTrue(back.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("lang=pl")));
    }

    private static boolean english(String html) {
        return html.matches("(?s).*<html[^>]*\\blang=\"en\".*");
    }
}
