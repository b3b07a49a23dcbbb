package pl.metryka.interfaces.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
                String polish = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("pl"))
                        .getString("amendment.reason.required");
                String english =
                        ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).getString("amendment.reason.required");
                assertEquals(
                        "pl",
                        ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("pl"))
                                .getLocale()
                                .getLanguage(),
                        jvm.toString());
                assertNotEquals(polish, english, jvm.toString());
            }
        } finally {
            Locale.setDefault(saved);
            ResourceBundle.clearCache();
        }
    }

    /**
     * A key written twice in one file is silently the last one's text ({@link java.util.Properties}
     * keeps the last), so an edit to the first copy would change nothing on the page.
     */
    @Test
    void noBundleDefinesAKeyTwice() throws IOException {
        for (String language : new String[] {"pl", "en"}) {
            Path file = Path.of("app/src/main/resources/pl/metryka/i18n/messages_" + language + ".properties");
            List<String> seen = new ArrayList<>();
            List<String> twice = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
                int eq = line.indexOf('=');
                if (line.isBlank() || line.startsWith("#") || eq < 0) {
                    continue;
                }
                String key = line.substring(0, eq).trim();
                if (seen.contains(key)) {
                    twice.add(key);
                }
                seen.add(key);
            }
            assertEquals(List.of(), twice, file.toString());
        }
    }

    /**
     * Every rule that names its message by key ({@code FieldError.of}, {@code InvalidInputException.of},
     * {@code DocumentStateException.of}) names one the bundles have: a mistyped key would only show
     * as a MissingResourceException when the rule refuses something.
     */
    @Test
    void everyKeyARuleNamesIsInTheBundles() throws IOException {
        ResourceBundle polish = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("pl"));
        Pattern call = Pattern.compile("(?:FieldError|InvalidInputException|DocumentStateException)\\.of\\(([^;]*)");
        Pattern literal = Pattern.compile("\"([^\"\\\\]*)\"");
        List<String> missing = new ArrayList<>();
        int calls = 0;
        try (Stream<Path> files = Files.walk(Path.of("app/src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    Matcher l = literal.matcher(m.group(1));
                    boolean found = false;
                    boolean any = false;
                    while (l.find()) {
                        any = true;
                        found |= polish.containsKey(l.group(1));
                    }
                    if (any) {
                        calls++;
                        if (!found) {
                            missing.add(file.getFileName() + ": " + m.group(0));
                        }
                    }
                }
            }
        }
        assertTrue(calls > 50, "found the rules' calls (" + calls + ")");
        assertEquals(List.of(), missing);
    }
}
