package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.metryka.it.SearchDocuments.count;
import static pl.metryka.it.SearchDocuments.enc;
import static pl.metryka.it.SearchDocuments.publish;
import static pl.metryka.it.SearchDocuments.token;

import java.net.URL;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.domain.shared.Moment;
import pl.metryka.test.ApiClient;
import pl.metryka.test.ApiClient.Reply;
import pl.metryka.test.DirectSql;

/**
 * Issue 16: search that speaks Polish. Inflected forms find each other through their lemma
 * (Morfologik), exact forms rank first, a quoted phrase is matched as written, and archived
 * documents are public and found unless the citizen excludes them. The demo data's own findings
 * from the issue are checked as quoted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PolishSearchIT {

    private static final ZoneId POLAND = Moment.POLAND;
    private static final Pattern RESULT =
            Pattern.compile("<h2 class=\"search-result__title\"><a href=\"[^\"]*dokument/([^\"]+)\"");
    /** Every demo document whose current title or text holds a form of "uchwała" (uchwała, uchwały, uchwałą, uchwał). */
    private static final List<String> DEMO_UCHWALA = List.of(
            "uchwala-budzetowa-2025",
            "zarzadzenie-konsultacje-programu-wspolpracy-2017",
            "obwieszczenie-mpzp-bogucin-maly",
            "petycja-oswietlenie-ul-polnej-kwasniow-dolny",
            "zawiadomienie-xviii-sesja-rady-gminy");

    @ArquillianResource
    private URL base;

    @Test
    void oswietlenieFindsThePetitionWhoseTitleSaysOswietlenia() {
        String page = search("q=" + enc("oświetlenie"));
        assertTrue(results(page).contains("petycja-oswietlenie-ul-polnej-kwasniow-dolny"), page);
        assertTrue(page.contains("budowę <mark>oświetlenia</mark> ulicznego"), "the inflected form is marked: " + page);
        String folded = search("q=" + enc("oswietlenie"));
        assertTrue(
                results(folded).contains("petycja-oswietlenie-ul-polnej-kwasniow-dolny"),
                "typed without Polish letters");
    }

    @Test
    void uchwalyFindsEveryUchwalaAndSoDoesUchwala() {
        for (String word : List.of("uchwały", "uchwała", "uchwala", "uchwał")) {
            List<String> found = results(search("q=" + enc(word)));
            for (String slug : DEMO_UCHWALA) {
                assertTrue(found.contains(slug), "\"" + word + "\" finds " + slug + "; found " + found);
            }
        }
    }

    @Test
    void zarzadzenieFindsTheArchivedDocumentByDefaultAndTheFilterExcludesIt() {
        String slug = "zarzadzenie-konsultacje-programu-wspolpracy-2017";
        assertEquals(
                1,
                DirectSql.count("SELECT COUNT(*) FROM document WHERE slug = ? AND archived = TRUE", slug),
                "the demo document is archived");
        String page = search("q=" + enc("zarządzenie"));
        assertTrue(results(page).contains(slug), page);
        assertTrue(page.contains("W archiwum"), "the result is marked as archived");
        assertTrue(page.contains("id=\"search-archiwalne\""), "the form offers the filter");

        String excluded = search("q=" + enc("zarządzenie") + "&archiwalne=nie");
        assertFalse(results(excluded).contains(slug), excluded);
        assertTrue(excluded.contains("checked=\"checked\""), "the form keeps the filter ticked");
        assertTrue(excluded.contains("archiwalne=nie") || count(excluded) <= 20, "paging keeps the filter");
    }

    @Test
    void exactFormsRankBeforeOtherFormsOfTheSameWord() {
        ApiClient api = ApiClient.anonymous(base);
        String token = token();
        String inflected = publish(api, "Modernizacja oświetlenia " + token, "<p>Treść.</p>");
        String exact = publish(api, "Oświetlenie drogowe " + token, "<p>Treść.</p>");

        List<String> found = results(search("q=" + enc("oświetlenie " + token)));
        assertEquals(List.of(exact, inflected), found);
        assertEquals(List.of(inflected, exact), results(search("q=" + enc("oświetlenia " + token))));
    }

    @Test
    void aQuotedPhraseMatchesTheWordsAsWrittenAndInOrder() {
        ApiClient api = ApiClient.anonymous(base);
        String token = token();
        String inOrder = publish(api, "Budowa oświetlenia ulicznego " + token, "<p>Treść.</p>");
        publish(api, "Oświetlenia budowa " + token, "<p>Treść.</p>");
        publish(api, "Budowy oświetlenia " + token, "<p>Treść.</p>");

        assertEquals(3, count(search("q=" + enc("budowa oświetlenia " + token))), "without quotes every form counts");
        assertEquals(List.of(inOrder), results(search("q=" + enc("\"budowa oświetlenia\" " + token))));
        assertEquals(
                List.of(inOrder),
                results(search("q=" + enc("\"budowa oswietlenia\" " + token))),
                "a phrase still ignores Polish diacritics");
    }

    private String search(String query) {
        Reply reply = ApiClient.anonymous(base).get("szukaj?" + query);
        assertEquals(200, reply.status(), reply.body());
        return reply.body();
    }

    private static List<String> results(String page) {
        return RESULT.matcher(page).results().map(m -> m.group(1)).toList();
    }
}
