package pl.metryka.application.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void matchesAreFoundWithoutDiacriticsAndMarkedInTheOriginal() {
        String html = Snippets.of("Rada uchwala, że władze gminy ogłaszają przetarg.", SearchTerms.of("wladze"));
        assertEquals("Rada uchwala, że <mark>władze</mark> gminy ogłaszają przetarg.", html);
    }

    @Test
    void aWordMatchesByItsBeginningAndIsMarkedWhole() {
        String html = Snippets.of("Projekt uchwały budżetowej na 2025 rok.", SearchTerms.of("budzet UCHWAL"));
        assertEquals("Projekt <mark>uchwały</mark> <mark>budżetowej</mark> na 2025 rok.", html);
    }

    @Test
    void everythingElseIsEscaped() {
        String html = Snippets.of("<script>alert('x')</script> & zarządzenie \"A\"", SearchTerms.of("zarzadzenie"));
        assertEquals(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; <mark>zarządzenie</mark> &quot;A&quot;", html);
    }

    @Test
    void aLongTextIsCutAroundTheFirstMatch() {
        String text = "początek ".repeat(100) + "PRZETARG na drogi " + "koniec ".repeat(100);
        String html = Snippets.of(text, SearchTerms.of("przetarg"));
        assertTrue(html.startsWith("… "), html);
        assertTrue(html.endsWith(" …"), html);
        assertTrue(html.contains("<mark>PRZETARG</mark> na drogi"), html);
        String plain = html.replace("<mark>", "").replace("</mark>", "");
        assertTrue(plain.length() <= Snippets.LENGTH + 40, "length " + plain.length());
        assertFalse(plain.contains("początekpoczątek"));
    }

    @Test
    void withoutAMatchInTheTextTheBeginningIsShown() {
        assertEquals("Treść bez słowa.", Snippets.of("Treść bez słowa.", SearchTerms.of("tytul")));
    }

    @Test
    void queryWordsAreFoldedAndShortOnesKeptApart() {
        SearchTerms terms = SearchTerms.of("Uchwała   budżetowa, nr 12!");
        assertEquals(List.of("uchwala", "budzetowa", "nr", "12"), terms.words());
        assertEquals("+uchwala* +budzetowa*", terms.booleanAll());
        assertEquals("uchwala* budzetowa*", terms.booleanAny());
        assertEquals(List.of("nr", "12"), terms.unindexed());
        assertTrue(SearchTerms.of(" +*\"()~<> ").isEmpty(), "operators alone are no query");
    }

    @Test
    void otherFormsOfAQueryWordAreMarkedToo() {
        Morphology morphology = new Morphology() {
            @Override
            public Set<String> lemmas(String word) {
                return Set.of(word.startsWith("oświetl") ? "oswietlenie" : PolishFolding.fold(word));
            }

            @Override
            public Set<String> queryLemmas(String typed) {
                return lemmas(typed);
            }
        };
        String html = Snippets.of(
                "Budowa oświetlenia i oświetleniem, nie oświata.", SearchTerms.of("oświetlenie"), morphology);
        assertEquals("Budowa <mark>oświetlenia</mark> i <mark>oświetleniem</mark>, nie oświata.", html);
    }

    @Test
    void formsAreLookedUpOnlyAsFarAsTheSnippetReaches() {
        List<String> lookedUp = new ArrayList<>();
        Morphology morphology = new Morphology() {
            @Override
            public Set<String> lemmas(String word) {
                lookedUp.add(word);
                return Set.of(word.startsWith("oświetl") ? "oswietlenie" : PolishFolding.fold(word));
            }

            @Override
            public Set<String> queryLemmas(String typed) {
                return Set.of(PolishFolding.fold(typed));
            }
        };
        StringBuilder text = new StringBuilder("Budowa oświetlenia ulicy Polnej.");
        for (int i = 0; i < 2_000; i++) {
            text.append(" Oświetleniowy").append(i).append(" punkt.");
        }
        String html = Snippets.of(text.toString(), SearchTerms.of("oświetlenie"), morphology);
        assertTrue(html.startsWith("Budowa <mark>oświetlenia</mark> ulicy Polnej."), html);
        // every word that begins like the query is a form to look up; only those near the first match are needed
        assertTrue(lookedUp.size() < 20, lookedUp.size() + " forms looked up for a snippet of 200 characters");
    }

    @Test
    void quotedPhrasesAreKeptAndTheirWordsRequired() {
        SearchTerms terms = SearchTerms.of("\"Rady Gminy\" „budżet gminy” Uchwała");
        assertEquals(List.of("rady", "gminy", "budzet", "uchwala"), terms.words());
        assertEquals(List.of("rady", "gminy", "budżet", "uchwała"), terms.typed());
        assertEquals(List.of(List.of("rady", "gminy"), List.of("budzet", "gminy")), terms.phrases());
        assertEquals("+rady* +gminy* +budzet* +uchwala* +\"rady gminy\" +\"budzet gminy\"", terms.booleanAll());
        assertEquals("uchwała", terms.typedForm("uchwala"));
    }
}
