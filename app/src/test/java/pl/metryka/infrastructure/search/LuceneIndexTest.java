package pl.metryka.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.metryka.application.search.SearchStore.Criteria;
import pl.metryka.application.search.SearchTerms;
import pl.metryka.infrastructure.search.LuceneIndex.Entry;
import pl.metryka.infrastructure.search.LuceneIndex.Position;

class LuceneIndexTest {

    private static final Instant JAN = Instant.parse("2024-01-10T10:00:00Z");
    private static final Instant JUN = Instant.parse("2024-06-10T10:00:00Z");
    private ByteBuffersDirectory directory;
    private LuceneIndex index;

    @BeforeEach
    void fill() {
        directory = new ByteBuffersDirectory();
        index = LuceneIndex.open(directory);
        put(1, "Zarządzenie Wójta nr 12/2024", "w sprawie dróg gminnych", 7, "PUBLISHED", false, JAN);
        put(
                2,
                "Ogłoszenie o przetargu",
                "zarządzenia wójta w sprawie przetargu na remont drogi",
                7,
                "PUBLISHED",
                false,
                JUN);
        put(3, "Uchwała budżetowa", "budżet gminy; władze gminy", 8, "PUBLISHED", true, JUN);
        put(4, "Zarządzenie wycofane", "treść", 8, "WITHDRAWN", false, JUN);
        index.commit(new Position(4, "h4"));
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void wordsMatchAsPrefixesWithoutDiacriticsAndTitleMatchesRankFirst() {
        LuceneIndex.Page page = index.find(criteria("zarzadzeni", false), 0, 20);
        assertEquals(List.of(1L, 2L), page.documentIds(), "title match before a body-only match; withdrawn left out");
        assertEquals(2, page.total());
        assertEquals(
                List.of(1L, 2L),
                index.find(criteria("zarzadzenie drog", false), 0, 20).documentIds(),
                "every word required; 'drog' starts 'drog' of 'dróg' folded; 'zarządzenia' is a form of 'zarządzenie', ranked after it");
        assertEquals(0, index.find(criteria("rzadzenie", false), 0, 20).total(), "only word starts match");
    }

    @Test
    void statusArchiveCategoryAndDateFilters() {
        assertEquals(
                List.of(4L, 1L, 2L),
                index.find(criteria("zarzadzen", true), 0, 20).documentIds(),
                "withdrawn included on request, title matches first, newest first among equals");
        assertEquals(
                1,
                index.find(criteria("wladze", false), 0, 20).total(),
                "archived documents are public: found by default");
        Criteria withoutArchived = new Criteria(SearchTerms.of("wladze"), List.of(), null, null, true, true);
        assertEquals(0, index.find(withoutArchived, 0, 20).total(), "left out on request");
        Criteria category8 = new Criteria(SearchTerms.of("zarzadzen"), List.of(8L), null, null, true, false);
        assertEquals(List.of(4L), index.find(category8, 0, 20).documentIds());
        Criteria fromMarch = new Criteria(
                SearchTerms.of("zarzadzen"), List.of(), Instant.parse("2024-03-01T00:00:00Z"), null, false, false);
        assertEquals(List.of(2L), index.find(fromMarch, 0, 20).documentIds());
        Criteria beforeMarch = new Criteria(
                SearchTerms.of("zarzadzen"), List.of(), null, Instant.parse("2024-03-01T00:00:00Z"), false, false);
        assertEquals(List.of(1L), index.find(beforeMarch, 0, 20).documentIds());
    }

    @Test
    void otherFormsOfAWordAreFoundAndTheExactFormRanksFirst() {
        put(20, "Modernizacja oświetlenia ulicznego", "treść", 9, "PUBLISHED", false, JUN);
        put(21, "Oświetlenie drogowe", "treść", 9, "PUBLISHED", false, JAN);
        put(
                22,
                "Zawiadomienie o sesji",
                "projekty uchwał; podjęcie uchwały; zgodnie z uchwałą",
                9,
                "PUBLISHED",
                false,
                JAN);
        index.commit(new Position(5, "h5"));
        assertEquals(
                List.of(21L, 20L),
                index.find(criteria("oświetlenie", false), 0, 20).documentIds(),
                "'oświetlenia' is found through the lemma; the exact form ranks first although older");
        assertEquals(
                List.of(20L, 21L),
                index.find(criteria("oświetlenia", false), 0, 20).documentIds());
        assertEquals(
                List.of(21L, 20L),
                index.find(criteria("oswietlenie", false), 0, 20).documentIds(),
                "typed without Polish letters");
        for (String query : List.of("uchwały", "uchwała", "uchwala", "uchwaly", "uchwał")) {
            List<Long> found = index.find(criteria(query, false), 0, 20).documentIds();
            assertTrue(found.containsAll(List.of(3L, 22L)), query + " finds every form of 'uchwała': " + found);
        }
    }

    @Test
    void aQuotedPhraseMatchesItsWordsAsWrittenAndInOrder() {
        put(30, "Budowa oświetlenia ulicznego", "treść", 9, "PUBLISHED", false, JAN);
        put(31, "Oświetlenia budowa", "treść", 9, "PUBLISHED", false, JAN);
        put(32, "Budowy oświetlenia", "treść", 9, "PUBLISHED", false, JAN);
        index.commit(new Position(5, "h5"));
        assertEquals(3, index.find(criteria("budowa oświetlenia", false), 0, 20).total(), "any forms, any order");
        assertEquals(
                List.of(30L),
                index.find(criteria("\"budowa oświetlenia\"", false), 0, 20).documentIds());
        assertEquals(
                List.of(30L),
                index.find(criteria("„budowa oswietlenia”", false), 0, 20).documentIds(),
                "Polish quotes; diacritics still do not matter");
    }

    @Test
    void aCopyWrittenByAnOlderVersionHasNoPositionSoItIsRebuilt() throws Exception {
        index.close();
        try (IndexWriter old = new IndexWriter(directory, new IndexWriterConfig())) {
            old.setLiveCommitData(Map.of("seq", "4", "hash", "h4").entrySet());
            old.commit();
        }
        index = LuceneIndex.open(directory);
        assertTrue(
                index.committedPosition().isEmpty(),
                "no index format marker: the folded-only copy of the previous version");
    }

    @Test
    void pagesAndTotals() {
        for (int i = 10; i < 45; i++) {
            put(i, "Informacja " + i, "komunikat", 9, "PUBLISHED", false, JAN.plusSeconds(i));
        }
        index.commit(new Position(5, "h5"));
        LuceneIndex.Page second = index.find(criteria("komunikat", false), 20, 20);
        assertEquals(35, second.total());
        assertEquals(15, second.documentIds().size());
        assertEquals(24L, second.documentIds().get(0), "newest first: 44..25 on page one, 24 opens page two");
    }

    @Test
    void aReplacedDocumentIsFoundByItsNewTextOnlyAndARemovedOneNotAtAll() {
        put(2, "Ogłoszenie o aukcji", "sprzedaż działki", 7, "PUBLISHED", false, JUN);
        index.remove(1);
        index.commit(new Position(6, "h6"));
        assertEquals(0, index.find(criteria("przetarg", false), 0, 20).total());
        assertEquals(
                List.of(2L),
                index.find(criteria("aukcji dzialki", false), 0, 20).documentIds());
        assertEquals(0, index.find(criteria("zarzadzenie", false), 0, 20).total());
        assertEquals(new Position(6, "h6"), index.committedPosition().orElseThrow());
    }

    @Test
    void theCommittedPositionSurvivesReopening() {
        index.close();
        index = LuceneIndex.open(directory);
        assertEquals(new Position(4, "h4"), index.committedPosition().orElseThrow());
        assertEquals(4, index.count());
        assertTrue(LuceneIndex.hasIndex(directory));
    }

    static Criteria criteria(String query, boolean all) {
        return new Criteria(SearchTerms.of(query), List.of(), null, null, all, false);
    }

    private void put(long id, String title, String text, long category, String status, boolean archived, Instant at) {
        index.put(new Entry(id, title, text, category, status, archived, at));
    }
}
