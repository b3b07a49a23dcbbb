package pl.metryka.test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks that a rendered text (a page, a PDF's text, a diff) holds, or lacks, each of several
 * fragments. One call states the whole list; a failure still names the one fragment that was
 * (not) found, with the text, as a separate assertion per fragment would.
 */
public final class Texts {

    private Texts() {}

    /** Every fragment is in the text (case-sensitive). */
    public static void assertContainsAll(String text, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(text.contains(fragment), () -> "'" + fragment + "' not in: " + text);
        }
    }

    /** No fragment is in the text (case-sensitive). */
    public static void assertContainsNone(String text, String... fragments) {
        for (String fragment : fragments) {
            assertFalse(text.contains(fragment), () -> "'" + fragment + "' in: " + text);
        }
    }
}
