package pl.metryka.interfaces.web.shared;

import java.util.Map;

/**
 * The message key of each statutory page's heading, by its address. One map for the public page
 * and the administrator's editor, so that a page added to {@code StatutoryPage.SLUGS} is named the
 * same in both; the footer of the site frame uses the same keys.
 */
public final class StatutoryHeadings {

    private static final Map<String, String> KEYS = Map.of(
            "redakcja", "page.redakcja",
            "instrukcja", "page.instrukcja",
            "informacje-nieudostepnione", "page.nieudostepnione",
            "ponowne-wykorzystywanie", "page.ponowne",
            "deklaracja-dostepnosci", "page.deklaracja",
            "ochrona-danych", "page.ochronaDanych",
            "mapa-strony", "page.mapa");

    private StatutoryHeadings() {}

    /** The heading's message key of the page at {@code slug}, or null for no statutory page. */
    public static String key(String slug) {
        return slug == null ? null : KEYS.get(slug);
    }
}
