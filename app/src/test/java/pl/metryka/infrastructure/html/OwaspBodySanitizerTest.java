package pl.metryka.infrastructure.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class OwaspBodySanitizerTest {

    private final OwaspBodySanitizer sanitizer = new OwaspBodySanitizer();

    private String clean(String html) {
        return sanitizer.sanitize(html);
    }

    private static void assertNoneOf(String html, String... fragments) {
        String lower = html.toLowerCase(Locale.ROOT);
        for (String fragment : fragments) {
            assertFalse(
                    lower.contains(fragment.toLowerCase(Locale.ROOT)), () -> "'" + fragment + "' survived in: " + html);
        }
    }

    // --- removed ---

    @Test
    void scriptElementsGoWithTheirContent() {
        String html = clean(
                "<p>Przed</p><script>alert('x')</script><p>Po</p><SCRIPT src=\"https://evil.example/x.js\"></SCRIPT>");

        assertEquals("<p>Przed</p><p>Po</p>", html);
    }

    @Test
    void eventHandlersAreRemoved() {
        assertEquals("<p>tekst</p>", clean("<p onclick=\"steal()\" onmouseover='steal()' ONLOAD=steal()>tekst</p>"));

        String img = clean("<img src=\"https://bip.example.gov.pl/a.png\" alt=\"Herb\" onerror=\"alert(1)\">");
        assertNoneOf(img, "onerror", "alert");
        assertTrue(img.contains("alt=\"Herb\""), img);
    }

    @Test
    void javascriptUrlsAreRemovedButTheLinkTextStays() {
        for (String href : new String[] {
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "jav&#x09;ascript:alert(1)",
            " javascript:alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html;base64,PHNjcmlwdD4="
        }) {
            String html = clean("<a href=\"" + href + "\">kliknij</a>");

            assertNoneOf(html, "script", "href", "data:");
            assertTrue(html.contains("kliknij"), html);
        }
    }

    @Test
    void imagesWithScriptOrDataSourcesLoseTheSource() {
        assertNoneOf(clean("<img src=\"javascript:alert(1)\" alt=\"x\">"), "src", "javascript");
        assertNoneOf(clean("<img src=\"data:image/svg+xml;base64,AAAA\" alt=\"x\">"), "src", "data:");
    }

    @Test
    void styleElementsAndAttributesAreRemoved() {
        String html = clean("<style>body{display:none}</style><p style=\"position:fixed;top:0\">Treść</p>");

        assertEquals("<p>Treść</p>", html);
    }

    @Test
    void iframesAndOtherEmbeddingElementsAreRemoved() {
        String html = clean(
                "<iframe src=\"https://evil.example/\"></iframe><p>Po</p>"
                        + "<object data=\"x.swf\"></object><embed src=\"x.swf\"><form action=\"https://evil.example\"><input name=\"p\"></form>"
                        + "<svg onload=\"alert(1)\"></svg><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">");

        assertEquals("<p>Po</p>", html);
    }

    @Test
    void nullBecomesAnEmptyBody() {
        assertEquals("", clean(null));
    }

    // --- kept ---

    @Test
    void paragraphsHeadingsListsAndEmphasisAreKept() {
        String html = "<h2>Nagłówek</h2><p>Zażółć <strong>gęślą</strong> <em>jaźń</em></p>"
                + "<ul><li>jeden</li><li>dwa</li></ul><ol><li>trzy</li></ol><blockquote>cytat</blockquote>";

        assertEquals(html, clean(html));
    }

    @Test
    void tablesWithCaptionAndHeaderCellsAreKept() {
        String html = clean("<table><caption>Budżet gminy 2024</caption>"
                + "<thead><tr><th>Dział</th><th>Kwota</th></tr></thead>"
                + "<tbody><tr><td>Oświata</td><td>1 000 zł</td></tr></tbody></table>");

        assertEquals(
                "<table><caption>Budżet gminy 2024</caption>"
                        + "<thead><tr><th>Dział</th><th>Kwota</th></tr></thead>"
                        + "<tbody><tr><td>Oświata</td><td>1 000 zł</td></tr></tbody></table>",
                html);
    }

    @Test
    void headerScopeAndCellSpansAreKept() {
        String html = clean(
                "<table><caption>Budżet</caption><thead><tr><th scope=\"col\">Rok</th><th scope=\"col\">Kwota</th></tr></thead>"
                        + "<tbody><tr><th scope=\"row\" rowspan=\"2\">2024</th><td colspan=\"2\">1 000 zł</td></tr></tbody></table>");

        assertTrue(html.contains("<caption>Budżet</caption>"), html);
        assertTrue(html.contains("<th scope=\"col\">Rok</th>"), html);
        assertTrue(html.contains("scope=\"row\""), html);
        assertTrue(html.contains("rowspan=\"2\""), html);
        assertTrue(html.contains("colspan=\"2\""), html);
    }

    @Test
    void httpsLinksAreKeptAndOpenWithoutTheOpener() {
        String html =
                clean("<a href=\"https://bip.example.gov.pl/dokument/12\" title=\"Zarządzenie\">Zarządzenie nr 12</a>");

        assertTrue(html.startsWith("<a href=\"https://bip.example.gov.pl/dokument/12\""), html);
        assertTrue(html.contains("title=\"Zarządzenie\""), html);
        assertTrue(html.contains("rel=\"noreferrer noopener\"") || html.contains("rel=\"noopener noreferrer\""), html);
        assertTrue(html.endsWith(">Zarządzenie nr 12</a>"), html);
    }

    @Test
    void mailtoLinksAreKept() {
        String html = clean("<a href=\"mailto:sekretariat@gmina.example.pl\">napisz</a>");

        assertTrue(html.contains("href=\"mailto:sekretariat&#64;gmina.example.pl\""), html);
    }

    @Test
    void imagesWithAltTextAreKept() {
        String html = clean(
                "<img src=\"https://bip.example.gov.pl/herb.png\" alt=\"Herb gminy Testowo\" width=\"120\" height=\"140\">");

        assertEquals(
                "<img src=\"https://bip.example.gov.pl/herb.png\" alt=\"Herb gminy Testowo\" width=\"120\" height=\"140\" />",
                html);
    }

    @Test
    void figuresAbbreviationsAndLanguageMarksAreKept() {
        String html =
                "<figure><img src=\"https://bip.example.gov.pl/mapa.png\" alt=\"Mapa\" /><figcaption>Mapa gminy</figcaption></figure>"
                        + "<p lang=\"en\"><abbr title=\"Biuletyn Informacji Publicznej\">BIP</abbr></p>";

        assertEquals(html, clean(html));
    }
}
