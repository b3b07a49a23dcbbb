package pl.metryka.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PolishLemmasTest {

    @Test
    void formsOfAWordShareAFoldedLemma() {
        assertTrue(
                PolishLemmas.of("oświetlenia").contains("oswietlenie"),
                PolishLemmas.of("oświetlenia").toString());
        assertTrue(PolishLemmas.of("Oświetlenie").contains("oswietlenie"));
        for (String form : new String[] {"uchwała", "uchwały", "uchwałą", "uchwał", "uchwałach"}) {
            assertTrue(PolishLemmas.of(form).contains("uchwala"), form + " → " + PolishLemmas.of(form));
        }
    }

    @Test
    void anUnknownWordStaysAsItIsFolded() {
        assertEquals(Set.of("qxzolw"), PolishLemmas.of("QXŻÓŁW"));
    }

    @Test
    void aQueryWordTypedWithoutPolishLettersMeetsTheDictionaryWords() {
        assertTrue(
                PolishLemmas.spellings("uchwaly").contains("uchwały"),
                PolishLemmas.spellings("uchwaly").toString());
        assertTrue(PolishLemmas.ofQueryWord("uchwaly").contains("uchwala"));
        assertTrue(
                PolishLemmas.ofQueryWord("zarzadzen").contains("zarzadzenie"),
                PolishLemmas.ofQueryWord("zarzadzen").toString());
        assertTrue(PolishLemmas.ofQueryWord("oswietlenie").contains("oswietlenie"));
    }
}
