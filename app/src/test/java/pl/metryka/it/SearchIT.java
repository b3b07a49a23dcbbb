package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.metryka.it.SearchDocuments.COUNT;
import static pl.metryka.it.SearchDocuments.count;
import static pl.metryka.it.SearchDocuments.enc;
import static pl.metryka.it.SearchDocuments.publish;
import static pl.metryka.it.SearchDocuments.token;

import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.domain.shared.Moment;
import pl.metryka.test.ApiClient;
import pl.metryka.test.ApiClient.Reply;
import pl.metryka.test.DirectSql;
import pl.metryka.test.JsonBodies;
import pl.metryka.test.OneLinePdf;

/** The moduł wyszukujący over HTTP: documents published through the API are found on /szukaj. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchIT {

    private static final ZoneId POLAND = Moment.POLAND;

    @ArquillianResource
    private URL base;

    @Test
    void aQueryWithoutPolishLettersFindsATitleWithThem() {
        ApiClient api = ApiClient.anonymous(base);
        String token = token();
        String slug = publish(
                api, "Zarządzenie nr 17/2026 Wójta Gminy w sprawie " + token, "<p>Treść bez słowa kluczowego.</p>");

        String page = searchFindingOnly(api, "zarzadzenie " + token, slug);
        assertTrue(page.contains("href=\"" + base.getPath() + "dokument/" + slug + "\""), page);
        assertTrue(page.contains("<h1>Wyniki wyszukiwania</h1>"));
        assertEquals(0, count(search(api, "q=" + enc("rozporzadzenie " + token))), "every word is required");
    }

    @Test
    void wladzeFindsWladzeInTheBodyAndTheSnippetMarksIt() {
        ApiClient api = ApiClient.anonymous(base);
        String token = token();
        String slug = publish(
                api,
                "Skład organów " + token,
                "<p>Organami gminy są: rada gminy oraz wójt. "
                        + "Władze gminy wybierane są w wyborach bezpośrednich &amp; powszechnych.</p>");

        String page = searchFindingOnly(api, "wladze " + token, slug);
        assertTrue(
                page.contains("<mark>Władze</mark> gminy wybierane są w wyborach bezpośrednich &amp; powszechnych"),
                page);
        assertTrue(page.contains("<time datetime=\"" + LocalDate.now(POLAND)), "the publication date is a <time>");
    }

    @Test
    void aWordOnlyInsideAnAttachedPdfFindsItsDocument() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        String token = token();
        JsonObjectBuilder file = JsonBodies.attachment(
                "ogloszenie.pdf", "application/pdf", pdf("Ogłoszenie o przetargu: żwirownia " + token + " w Łące"));
        String slug = publish(
                api, "Ogłoszenie z załącznikiem " + token(), "<p>Szczegóły w załączniku.</p>", "aktualnosci", file);

        assertEquals(
                1,
                DirectSql.count("SELECT COUNT(*) FROM attachment_text WHERE text LIKE ?", "%" + token + "%"),
                "the PDF's text is stored once, at upload");
        String page = searchFindingOnly(api, token, slug);
        assertTrue(page.contains("<mark>" + token + "</mark>"), page);
    }

    @Test
    void aWithdrawnDocumentIsFoundOnlyWithStatusWszystkie() {
        ApiClient api = ApiClient.anonymous(base);
        String token = token();
        String slug = publish(api, "Przetarg na drogi " + token, "<p>Ogłaszam przetarg.</p>");
        assertEquals(1, count(search(api, "q=" + token)));

        long id = DirectSql.count("SELECT id FROM document WHERE slug = ?", slug);
        Reply withdrawn = api.as("naczelny", "naczelny")
                .post(
                        "api/v1/documents/" + id + "/withdrawal",
                        "{\"reason\":\"Unieważnienie postępowania\",\"legalBasis\":\"art. 255 pkt 1 Pzp\"}");
        assertEquals(200, withdrawn.status(), withdrawn.body());

        String current = search(api, "q=" + token);
        assertEquals(0, count(current), current);
        assertTrue(current.contains("Nie znaleziono dokumentów"), current);
        String all = search(api, "q=" + token + "&status=wszystkie");
        assertEquals(1, count(all), all);
        assertTrue(all.contains("dokument/" + slug) && all.contains("Dokument wycofany"), all);
        assertTrue(all.contains("checked=\"checked\""), "the form keeps the checkbox ticked");
    }

    @Test
    void categoryAndDateFiltersNarrowTheResults() {
        ApiClient api = ApiClient.anonymous(base);
        String token = token();
        publish(api, "Informacja " + token, "<p>Aktualność.</p>");
        publish(api, "Zarządzenie " + token, "<p>Zarządzenie wójta.</p>", "zarzadzenia-wojta", null);
        String today = LocalDate.now(POLAND).toString();
        String tomorrow = LocalDate.now(POLAND).plusDays(1).toString();

        assertEquals(2, count(search(api, "q=" + token)));
        assertEquals(1, count(search(api, "q=" + token + "&kategoria=zarzadzenia-wojta")));
        assertEquals(1, count(search(api, "q=" + token + "&kategoria=aktualnosci")));
        assertEquals(0, count(search(api, "q=" + token + "&kategoria=uchwaly-rady")));
        assertEquals(2, count(search(api, "q=" + token + "&od=" + today + "&do=" + today)));
        assertEquals(0, count(search(api, "q=" + token + "&od=" + tomorrow)));
        assertEquals(
                0,
                count(search(api, "q=" + token + "&do=" + LocalDate.now(POLAND).minusDays(1))));
    }

    @Test
    void theDemoHistoryIsIndexedWithItsOriginalDates() {
        ApiClient api = ApiClient.anonymous(base);
        String found = search(api, "q=kluczewski&status=wszystkie&do=2015-12-31");
        assertTrue(found.contains("dokument/kluczewski-klaster"), found);
        String after = search(api, "q=kluczewski&status=wszystkie&od=2016-01-01");
        assertFalse(after.contains("dokument/kluczewski-klaster"), after);
    }

    @Test
    void anEmptyQueryShowsTheFormWithAHintAndMarkupIsEscaped() {
        ApiClient api = ApiClient.anonymous(base);
        String empty = search(api, "");
        assertTrue(empty.contains("<label for=\"search-q\">"), empty);
        assertTrue(empty.contains("Wpisz jedno lub więcej słów"), empty);
        assertFalse(COUNT.matcher(empty).find(), "no count without a query");

        String hostile = search(api, "q=" + enc("<script>alert(1)</script>"));
        assertFalse(hostile.contains("<script>alert(1)</script>"), hostile);
        assertEquals(0, count(hostile));
    }

    @Test
    void shortWordsNarrowALongOneButAreNotSearchedAlone() {
        ApiClient api = ApiClient.anonymous(base);
        String token = token();
        publish(api, "Uchwała nr 12 " + token, "<p>Treść.</p>");
        publish(api, "Uchwała nr 13 " + token, "<p>Treść.</p>");

        assertEquals(2, count(search(api, "q=" + token + "+nr")));
        assertEquals(1, count(search(api, "q=" + token + "+nr+12")));
        String alone = search(api, "q=nr+12");
        assertTrue(alone.contains("Podaj co najmniej jedno słowo z trzech lub więcej liter"), alone);
        assertFalse(COUNT.matcher(alone).find(), "a query of short words only is not run");
    }

    @Test
    void theLuceneCopyAnswersAndCatchesUpWithEveryCommittedChangeBeforeAQuery() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        // -1 while the Lucene copy is being built and MariaDB FULLTEXT answers
        double copy = MetricsIT.value(MetricsIT.scrape(base), "metryka_search_documents", "");
        for (int i = 0; i < 60 && copy < 0; i++) {
            Thread.sleep(500);
            copy = MetricsIT.value(MetricsIT.scrape(base), "metryka_search_documents", "");
        }
        assertTrue(copy >= 0, "the Lucene copy answers");

        String token = token();
        String slug = publish(api, "Obwieszczenie " + token, "<p>Treść obwieszczenia.</p>");
        String page = search(api, "q=" + token);
        assertEquals(1, count(page), "found at once, with no wait for any background refresh");
        assertTrue(page.contains("dokument/" + slug), page);

        String metrics = MetricsIT.scrape(base);
        assertEquals(
                DirectSql.count("SELECT seq FROM register_head"),
                (long) MetricsIT.value(metrics, "metryka_search_register_seq", ""),
                metrics);
        assertEquals(
                DirectSql.count("SELECT COUNT(*) FROM search_entry"),
                (long) MetricsIT.value(metrics, "metryka_search_documents", ""),
                "the copy holds exactly the rows of search_entry");
    }

    /** Searches for {@code words}; asserts that exactly one document is found, the one with {@code slug}. */
    private String searchFindingOnly(ApiClient api, String words, String slug) {
        String page = search(api, "q=" + enc(words));
        assertEquals(1, count(page), page);
        assertTrue(page.contains("dokument/" + slug), page);
        return page;
    }

    private String search(ApiClient api, String query) {
        Reply reply = api.get("szukaj" + (query.isEmpty() ? "" : "?" + query));
        assertEquals(200, reply.status(), reply.body());
        return reply.body();
    }

    private static byte[] pdf(String line) throws Exception {
        return OneLinePdf.of(line);
    }
}
