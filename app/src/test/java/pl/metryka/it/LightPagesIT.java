package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Light public pages (issue 15, Lighthouse): they linked PrimeFaces' theme and icons (212 KB) and
 * its scripts, which they do not use, and nothing was compressed. Public pages now reference no
 * PrimeFaces, jQuery or PrimeIcons resource and run no inline script (so their policy needs no
 * nonce); each has a description and a favicon; text answers are gzipped for a client that asks.
 * The back office keeps PrimeFaces.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LightPagesIT {

    private static final List<String> PUBLIC_PAGES = List.of(
            "",
            "kategoria/aktualnosci",
            "dokument/kluczewski-klaster",
            "dokument/kluczewski-klaster/wersja/1",
            "dokument/kluczewski-klaster/drukuj",
            "dokument/kluczewski-klaster/weryfikacja",
            "szukaj?q=klaster",
            "rejestr-zmian",
            "wycofane",
            "archiwum",
            "redakcja",
            "deklaracja-dostepnosci",
            "mapa-strony",
            "api/dokumentacja");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern DESCRIPTION = Pattern.compile("<meta name=\"description\" content=\"([^\"]+)\"");

    @ArquillianResource
    private URL base;

    @Test
    void publicPagesLoadNoPrimeFacesAndRunNoInlineScript() {
        for (String page : PUBLIC_PAGES) {
            HttpResponse<byte[]> answer = Http.get(Http.app(base, page));
            assertEquals(200, answer.statusCode(), page);
            String html = Http.text(answer);
            String lower = html.toLowerCase(Locale.ROOT);
            for (String library : new String[] {"primefaces", "jquery", "primeicons"}) {
                assertFalse(lower.contains(library), page + " references " + library + ":\n" + head(html));
            }
            Matcher script = SCRIPT.matcher(html);
            while (script.find()) {
                String attributes = script.group(1);
                assertTrue(
                        attributes.contains("src=\"") || attributes.contains("type=\"application/ld+json\""),
                        page + ": an inline script " + script.group());
            }
            String policy =
                    answer.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertTrue(policy.contains("script-src 'self';") && !policy.contains("nonce"), page + ": " + policy);
            Matcher description = DESCRIPTION.matcher(html);
            assertTrue(
                    description.find() && description.group(1).strip().length() > 20,
                    page + " has a description:\n" + head(html));
            assertTrue(html.contains("rel=\"icon\""), page + " links its icon");
        }
    }

    @Test
    void aDocumentIsDescribedByItsOwnTitle() {
        String html = Http.text(Http.get(Http.app(base, "dokument/kluczewski-klaster")));
        Matcher description = DESCRIPTION.matcher(html);
        assertTrue(description.find(), head(html));
        assertTrue(description.group(1).contains("Kluczewski klaster"), description.group(1));
    }

    @Test
    void theFaviconIsServed() {
        HttpResponse<byte[]> icon = Http.get(Http.app(base, "favicon.ico"));
        assertEquals(200, icon.statusCode());
        assertTrue(
                icon.headers().firstValue("Content-Type").orElse("").startsWith("image/"),
                icon.headers().map().toString());
        assertTrue(icon.body().length > 0);
    }

    /** The static error pages had five copies of one inline style; they now link one stylesheet. */
    @Test
    void errorPagesLinkOneStylesheetThatIsServed() {
        URI missing = Http.app(base, "dokument/nie-ma-takiego-dokumentu/wersja/1/zalacznik");
        HttpResponse<byte[]> page = Http.get(missing);
        assertEquals(404, page.statusCode());
        String html = Http.text(page);
        assertFalse(html.contains("<style"), html);
        Matcher link =
                Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"").matcher(html);
        assertTrue(link.find(), html);
        // the error pages are static: they name the stylesheet from the site's root, where the launcher
        // deploys the application (the suite deploys it under /metryka/, so it is looked up there)
        assertTrue(link.group(1).startsWith("/error/"), link.group(1));
        HttpResponse<byte[]> css = Http.get(Http.app(base, link.group(1).substring(1)));
        assertEquals(200, css.statusCode(), link.group(1));
        assertTrue(
                css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"),
                css.headers().map().toString());
        assertTrue(new String(css.body(), StandardCharsets.UTF_8).contains("a:focus"));
    }

    @Test
    void theBackOfficeKeepsPrimeFaces() {
        String html = Http.text(Http.get(Http.app(base, "logowanie"))).toLowerCase(Locale.ROOT);
        assertTrue(html.contains("primefaces") && html.contains("theme.css"), html);
    }

    /** (Grizzly adds no "Vary: Accept-Encoding"; in production nginx compresses, with gzip_vary.) */
    @Test
    void textIsGzippedForAClientThatAsksAndOnlyThen() {
        for (String path : new String[] {
            "",
            "dokument/kluczewski-klaster",
            "api/v1/documents",
            "kanal/atom",
            "sitemap.xml",
            "api/v1/register.csv",
            "jakarta.faces.resource/css/site.css.xhtml"
        }) {
            HttpResponse<byte[]> plain = Http.get(Http.app(base, path));
            HttpResponse<byte[]> zipped = Http.get(Http.app(base, path), "Accept-Encoding", "gzip");
            assertEquals(200, plain.statusCode(), path);
            assertEquals(200, zipped.statusCode(), path);
            assertTrue(
                    plain.headers().firstValue("Content-Encoding").isEmpty(),
                    path + ": " + plain.headers().map());
            assertEquals(
                    "gzip",
                    zipped.headers().firstValue("Content-Encoding").orElse(""),
                    path + ": " + zipped.headers().map());
            byte[] unzipped = gunzip(zipped.body());
            assertTrue(zipped.body().length < unzipped.length, path + ": smaller");
            if (path.startsWith("jakarta.faces") || path.startsWith("api/v1/register")) {
                assertArrayEquals(plain.body(), unzipped, path + ": the same bytes");
            }
        }
    }

    private static byte[] gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String head(String html) {
        int end = html.indexOf("</head>");
        return end < 0 ? html : html.substring(0, end);
    }
}
