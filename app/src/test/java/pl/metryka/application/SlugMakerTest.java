package pl.metryka.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugMakerTest {

    private static final Predicate<String> NOTHING_TAKEN = s -> false;

    /**
     * One table for {@link SlugMaker#asciiSlug}: Polish titles in kebab case, every Polish letter
     * (the stroked L too) in ASCII, punctuation and runs of spaces as one dash, and "dokument" for a
     * title with no usable character.
     */
    @ParameterizedTest(name = "[{index}] \"{1}\" -> {0}")
    @CsvSource(
            delimiter = '|',
            ignoreLeadingAndTrailingWhitespace = false,
            value = {
                "zarzadzenie-nr-12|Zarządzenie nr 12",
                "zazolc-gesla-jazn|Zażółć gęślą jaźń",
                "zazolc-gesla-jazn|ZAŻÓŁĆ GĘŚLĄ JAŹŃ",
                "acelnoszz-acelnoszz|ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ",
                "lodz-walbrzych-elk|Łódź, Wałbrzych, Ełk",
                "uchwala-nr-xii-34-2024-w-sprawie-budzetu-gminy|  Uchwała nr XII/34/2024 — w sprawie:   budżetu „gminy”!  ",
                "a-b|a---b",
                "a-b|--a__b--",
                "dokument|''",
                "dokument|'   '",
                "dokument|!!! — ???",
                "dokument|Объявление"
            })
    void titlesBecomeAsciiKebabCase(String expected, String title) {
        assertEquals(expected, SlugMaker.asciiSlug(title));
    }

    @Test
    void slugsUseOnlyLowerCaseLettersDigitsAndSingleInnerDashes() {
        for (String title :
                new String[] {"Ogłoszenie o naborze (2/2024)", "§ 3. Straż Gminna", "Ü ß ø é ñ", "Wybory 15.10.2023 r."
                }) {
            String slug = SlugMaker.asciiSlug(title);

            assertTrue(slug.matches("[a-z0-9]+(-[a-z0-9]+)*"), title + " -> " + slug);
        }
    }

    @Test
    void aFreeSlugIsUsedAsIs() {
        assertEquals("zarzadzenie-nr-12", SlugMaker.slugFor("Zarządzenie nr 12", NOTHING_TAKEN));
    }

    @Test
    void collisionsGetTwoThenThree() {
        Set<String> taken = new HashSet<>();

        for (String expected : new String[] {"ogloszenie", "ogloszenie-2", "ogloszenie-3", "ogloszenie-4"}) {
            String slug = SlugMaker.slugFor("Ogłoszenie", taken::contains);
            assertEquals(expected, slug);
            taken.add(slug);
        }
    }

    @Test
    void aNumberedSlugSkipsNumbersAlreadyTaken() {
        assertEquals("ogloszenie-3", SlugMaker.slugFor("Ogłoszenie", Set.of("ogloszenie", "ogloszenie-2")::contains));
        assertEquals("ogloszenie-2", SlugMaker.slugFor("Ogłoszenie", Set.of("ogloszenie", "ogloszenie-3")::contains));
    }

    @Test
    void theFallbackCollidesLikeAnyOtherSlug() {
        assertEquals("dokument-2", SlugMaker.slugFor("???", Set.of("dokument")::contains));
    }

    @Test
    void longTitlesAreCutToAHundredAndTwentyCharacters() {
        String title = "Zarządzenie Wójta Gminy Testowo w sprawie ustalenia regulaminu ".repeat(5);

        String slug = SlugMaker.asciiSlug(title);

        assertTrue(slug.length() <= 120, slug.length() + ": " + slug);
        assertTrue(slug.length() >= 110, slug.length() + ": " + slug);
        assertFalse(slug.endsWith("-"), slug);
        assertTrue(
                slug.startsWith("zarzadzenie-wojta-gminy-testowo-w-sprawie-ustalenia-regulaminu-zarzadzenie-"), slug);
    }

    @Test
    void aCutThatLandsOnADashDropsTheDash() {
        String title = "a".repeat(119) + " " + "b".repeat(10);

        assertEquals("a".repeat(119), SlugMaker.asciiSlug(title));
    }

    @Test
    void aCutThatLandsInsideAWordKeepsExactlyAHundredAndTwenty() {
        assertEquals("x".repeat(120), SlugMaker.asciiSlug("x".repeat(300)));
        assertEquals("x".repeat(120), SlugMaker.asciiSlug("x".repeat(120)));
    }

    @Test
    void aNumberedLongSlugStaysWithinTheColumn() {
        // the suffix comes after the cut; the document.slug column (VARCHAR(200)) has room for it
        String slug = SlugMaker.slugFor("x".repeat(300), Set.of("x".repeat(120))::contains);

        assertEquals("x".repeat(120) + "-2", slug);
    }
}
