package pl.metryka.application.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PolishFoldingTest {

    @Test
    void everyPolishLetterFoldsToItsAsciiBaseInBothCases() {
        assertEquals("acelnoszz acelnoszz", PolishFolding.fold("ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ"));
        assertEquals("zarzadzenie wojta gminy", PolishFolding.fold("Zarządzenie Wójta Gminy"));
        assertEquals("wladze lodz", PolishFolding.fold("władze Łódź"));
    }

    @Test
    void otherDiacriticsLoseTheirMarks() {
        assertEquals("muller cafe zluty kun", PolishFolding.fold("Müller Café žlutý kůň"));
        assertEquals("a-e-i", PolishFolding.fold("À-É-Î"));
    }

    @Test
    void foldingKeepsTheLengthSoPositionsMapBack() {
        String original = "Uchwała nr XII/34/2024 w sprawie budżetu – ŻÓŁW, ﬁ, €, İstanbul, 😀.";
        String folded = PolishFolding.fold(original);
        assertEquals(original.length(), folded.length());
        int at = folded.indexOf("budzetu");
        assertEquals("budżetu", original.substring(at, at + "budzetu".length()));
    }

    @Test
    void digitsPunctuationAndNullAreHandled() {
        assertEquals("nr 12/2024, §3.", PolishFolding.fold("Nr 12/2024, §3."));
        assertEquals("", PolishFolding.fold(null));
    }
}
