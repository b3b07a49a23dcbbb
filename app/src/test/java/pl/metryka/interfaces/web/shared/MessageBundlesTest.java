package pl.metryka.interfaces.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The pages' and the rules' texts: one Polish bundle and one English bundle, with the same keys.
 * (There was also a base bundle, a byte-identical copy of the Polish one that every change had to
 * repeat; every lookup names pl or en, so the copy went.)
 */
class MessageBundlesTest {

    private static final String BUNDLE = "pl.metryka.i18n.messages";

    @Test
    void polishAndEnglishHaveTheSameKeys() {
        ResourceBundle polish = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("pl"));
        ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        assertEquals(new TreeSet<>(polish.keySet()), new TreeSet<>(english.keySet()));
    }

    /** Whatever the JVM's own locale, Polish pages get Polish text and English pages English. */
    @Test
    void eachLanguageGetsItsOwnTextWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            for (Locale jvm : new Locale[] {Locale.US, Locale.forLanguageTag("pl-PL"), Locale.GERMANY}) {
                Locale.setDefault(jvm);
                ResourceBundle.clearCache();
                String polish = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("pl")).getString("amendment.reason.required");
                String english = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).getString("amendment.reason.required");
                assertEquals("pl", ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("pl")).getLocale().getLanguage(), jvm.toString());
                assertNotEquals(polish, english, jvm.toString());
            }
        } finally {
            Locale.setDefault(saved);
            ResourceBundle.clearCache();
        }
    }
}
