package pl.metryka.application.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.metryka.test.Texts.assertContainsNone;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pl.metryka.application.diff.DiffSegment.Kind;

class WordDiffTest {

    @Test
    void sideBySideTheOlderColumnHoldsDeletionsAndTheNewerInsertions() {
        WordDiff diff = WordDiff.compare("<p>Urząd jest czynny.</p><p>Stary akapit.</p>", "<p>Urząd jest otwarty.</p>");
        String html = diff.toSideBySideHtml("Wersja 1 <a>", "Wersja 2");
        String[] cells = html.split("<div class=\"diff-sides__cell ");
        assertEquals(5, cells.length, html);
        assertTrue(cells[1].startsWith("diff-sides__old"), cells[1]);
        assertTrue(
                cells[1].contains("<del class=\"diff-del\"><span class=\"sr-only\">[usunięto: </span>czynny"),
                cells[1]);
        assertFalse(cells[1].contains("<ins"), cells[1]);
        assertTrue(cells[2].startsWith("diff-sides__new"), cells[2]);
        assertTrue(
                cells[2].contains("<ins class=\"diff-ins\"><span class=\"sr-only\">[wstawiono: </span>otwarty"),
                cells[2]);
        assertFalse(cells[2].contains("<del"), cells[2]);
        assertTrue(cells[3].contains("Stary akapit."), "a removed paragraph stays on the left");
        assertTrue(cells[4].contains("(w tej wersji brak tego akapitu)"), "and is said missing on the right");
        assertTrue(html.contains("Wersja 1 &lt;a&gt;: "), "headings are escaped");
    }

    @Test
    void findsAnInsertedWordWhereItWasInserted() {
        WordDiff diff = WordDiff.compare(
                "<p>Wójt Gminy Klucze ogłasza przetarg.</p>", "<p>Wójt Gminy Klucze ogłasza nowy przetarg.</p>");

        List<DiffSegment> segments =
                assertOneWordBetween(diff, "Wójt Gminy Klucze ogłasza", Kind.INSERTED, "nowy", "przetarg.");
        assertEquals(Kind.SAME, segments.get(0).kind());
        assertEquals(Kind.SAME, segments.get(2).kind());
        assertWordCounts(diff, 1, 0);
        assertEquals("Wójt Gminy Klucze ogłasza nowy przetarg.", after(diff));
        assertEquals("Wójt Gminy Klucze ogłasza przetarg.", before(diff));
    }

    @Test
    void findsADeletedWordWhereItWasDeleted() {
        WordDiff diff = WordDiff.compare(
                "<p>Sesja odbędzie się w najbliższy czwartek.</p>", "<p>Sesja odbędzie się w czwartek.</p>");

        assertOneWordBetween(diff, "Sesja odbędzie się w", Kind.DELETED, "najbliższy", "czwartek.");
        assertWordCounts(diff, 0, 1);
    }

    @Test
    void aReplacedWordIsOneDeletionAndOneInsertion() {
        WordDiff diff = WordDiff.compare("<p>Termin: poniedziałek.</p>", "<p>Termin: wtorek.</p>");

        assertOnlyParagraph(diff, same("Termin: "), deleted("poniedziałek"), inserted("wtorek"), same("."));
        assertWordCounts(diff, 1, 1);
    }

    @Test
    void polishDiacriticsAreWordCharactersAndSurviveIntact() {
        WordDiff diff = WordDiff.compare("<p>Zażółć gęślą jaźń</p>", "<p>Zażółć żółtą gęślą jaźń</p>");

        assertOnlyParagraph(diff, same("Zażółć "), inserted("żółtą "), same("gęślą jaźń"));
        assertTrue(diff.toHtml().contains("żółtą"));
    }

    @Test
    void decomposedDiacriticsEqualComposedOnes() {
        // "ą" typed as a + combining ogonek, as some editors paste it
        WordDiff diff = WordDiff.compare("<p>wiązka</p>", "<p>wia\u0328zka</p>");

        assertFalse(diff.hasChanges());
    }

    @Test
    void entitiesAreDecodedBeforeComparing() {
        WordDiff diff = WordDiff.compare(
                "<p>Wójt&nbsp;Gminy &amp; Rada &#8211; &oacute;smy punkt</p>",
                "<p>Wójt Gminy & Rada \u2013 ósmy punkt</p>");

        assertFalse(diff.hasChanges(), () -> diff.paragraphs().toString());
        assertEquals("Wójt Gminy & Rada – ósmy punkt", after(diff));
        assertTrue(diff.toHtml().contains("Wójt Gminy &amp; Rada – ósmy punkt"), diff::toHtml);
    }

    @Test
    void markupInBodiesComesOutEscapedOrNotAtAll() {
        WordDiff diff = WordDiff.compare(
                "<p>Treść</p>",
                "<p>Treść &lt;script&gt;alert(1)&lt;/script&gt; <b onclick=\"x()\">pogrubiona</b>"
                        + "<script>alert(2)</script><img src=x onerror=alert(3)><style>p{}</style></p>");

        String html = diff.toHtml();
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertContainsNone(html, "<script", "<b", "<img", "alert(2)", "onerror", "p{}");
        assertEquals("Treść <script>alert(1)</script> pogrubiona", after(diff));
    }

    @Test
    void identicalBodiesHaveNoChanges() {
        String body = "<h2>Ogłoszenie</h2><p>Wójt Gminy Klucze informuje,</p><ul><li>że</li><li>sesja</li></ul>";

        WordDiff diff = WordDiff.compare(body, body);

        assertFalse(diff.hasChanges());
        assertWordCounts(diff, 0, 0);
        assertEquals(4, diff.paragraphs().size());
        assertFalse(diff.toHtml().contains("<ins"));
        assertFalse(diff.toHtml().contains("<del"));
    }

    @Test
    void markupOnlyDifferencesAreNotChanges() {
        WordDiff diff =
                WordDiff.compare("<p>Wójt   Gminy\n Klucze</p>", "<p>Wójt <strong>Gminy</strong> <em>Klucze</em></p>");

        assertFalse(diff.hasChanges());
    }

    @Test
    void blockBoundariesBecomeParagraphs() {
        WordDiff diff = WordDiff.compare(
                "<h1>Tytuł</h1>Wstęp<br>druga linia<ul><li>jeden</li><li>dwa</li></ul>"
                        + "<table><tr><td>a</td><td>b</td></tr></table><pre>x\ny</pre>",
                "");

        assertEquals(
                List.of("Tytuł", "Wstęp", "druga linia", "jeden", "dwa", "a b", "x", "y"),
                diff.paragraphs().stream().map(WordDiffTest::plain).toList());
        assertEquals(10, diff.deletedWords());
    }

    @Test
    void findsChangesAcrossParagraphs() {
        WordDiff diff = WordDiff.compare(
                "<p>Pierwszy akapit bez zmian.</p><p>Drugi akapit z błędem.</p><p>Trzeci akapit.</p>",
                "<p>Pierwszy akapit bez zmian.</p><p>Drugi akapit poprawiony.</p><p>Trzeci akapit.</p>"
                        + "<p>Czwarty akapit dodany.</p>");

        List<DiffParagraph> paragraphs = diff.paragraphs();
        assertEquals(4, paragraphs.size(), paragraphs::toString);
        assertFalse(paragraphs.get(0).hasChanges());
        assertEquals(
                List.of(same("Drugi akapit "), deleted("z błędem"), inserted("poprawiony"), same(".")),
                paragraphs.get(1).segments());
        assertFalse(paragraphs.get(2).hasChanges());
        assertEquals(
                List.of(inserted("Czwarty akapit dodany.")), paragraphs.get(3).segments());
        assertWordCounts(diff, 4, 2);
    }

    @Test
    void aRemovedParagraphIsShownDeleted() {
        WordDiff diff = WordDiff.compare("<p>Zostaje.</p><p>Znika.</p>", "<p>Zostaje.</p>");

        assertEquals(2, diff.paragraphs().size());
        assertEquals(List.of(deleted("Znika.")), diff.paragraphs().get(1).segments());
        assertEquals(1, diff.deletedWords());
    }

    @Test
    void rendersAccessibleMarksInParagraphs() {
        WordDiff diff = WordDiff.compare("<p>a b</p>", "<p>a c</p>");

        assertEquals(
                "<p>a "
                        + "<del class=\"diff-del\"><span class=\"sr-only\">[usunięto: </span>b<span class=\"sr-only\">]</span></del>"
                        + " <ins class=\"diff-ins\"><span class=\"sr-only\">[wstawiono: </span>c<span class=\"sr-only\">]</span></ins>"
                        + "</p>\n",
                diff.toHtml());
    }

    @Test
    void emptyOrMissingBodiesCompareCleanly() {
        assertEquals("", WordDiff.compare(null, "  ").toHtml());
        WordDiff added = WordDiff.compare(null, "<p>Nowy</p>");
        assertEquals(1, added.insertedWords());
        assertTrue(added.hasChanges());
    }

    /** The counts a reader sees above the comparison, inserted and deleted words. */
    private static void assertWordCounts(WordDiff diff, int inserted, int deleted) {
        assertEquals(inserted, diff.insertedWords(), "inserted words");
        assertEquals(deleted, diff.deletedWords(), "deleted words");
    }

    private static DiffParagraph onlyParagraph(WordDiff diff) {
        assertEquals(1, diff.paragraphs().size(), () -> diff.paragraphs().toString());
        return diff.paragraphs().get(0);
    }

    /**
     * One word inserted or deleted inside a sentence: three segments, the sentence's start, the word
     * (white space around it aside) and the sentence's end. The segments, for what a test checks besides.
     */
    private static List<DiffSegment> assertOneWordBetween(
            WordDiff diff, String start, Kind kind, String word, String end) {
        List<DiffSegment> segments = onlyParagraph(diff).segments();
        assertEquals(3, segments.size(), segments::toString);
        assertTrue(segments.get(0).text().startsWith(start));
        assertEquals(kind, segments.get(1).kind());
        assertEquals(word, segments.get(1).text().strip());
        assertTrue(segments.get(2).text().endsWith(end));
        return segments;
    }

    /** The one paragraph of a change within a sentence, as the segments a reader sees, in order. */
    private static void assertOnlyParagraph(WordDiff diff, DiffSegment... segments) {
        assertEquals(List.of(segments), onlyParagraph(diff).segments());
    }

    private static DiffSegment same(String text) {
        return new DiffSegment(Kind.SAME, text);
    }

    private static DiffSegment deleted(String text) {
        return new DiffSegment(Kind.DELETED, text);
    }

    private static DiffSegment inserted(String text) {
        return new DiffSegment(Kind.INSERTED, text);
    }

    private static String plain(DiffParagraph paragraph) {
        return paragraph.segments().stream().map(DiffSegment::text).collect(Collectors.joining());
    }

    private static String before(WordDiff diff) {
        return side(diff, Kind.INSERTED);
    }

    private static String after(WordDiff diff) {
        return side(diff, Kind.DELETED);
    }

    /** The text of one revision, read back from the result; paragraphs joined by "|". */
    private static String side(WordDiff diff, Kind leftOut) {
        return diff.paragraphs().stream()
                .map(p -> p.segments().stream()
                        .filter(s -> s.kind() != leftOut)
                        .map(DiffSegment::text)
                        .collect(Collectors.joining()))
                .collect(Collectors.joining("|"));
    }
}
