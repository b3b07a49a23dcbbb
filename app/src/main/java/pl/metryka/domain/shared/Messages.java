package pl.metryka.domain.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of rules, read from the same bundle as the pages' texts, so a rule's message is
 * written once (as a key) and shown in Polish by the API and in the reader's language by a page.
 */
public final class Messages {

    public static final Locale POLISH = Locale.forLanguageTag("pl");
    private static final String BUNDLE = "pl.metryka.i18n.messages";

    private Messages() {}

    /** The text of {@code key}; {@code {0}}-style places are filled only when there are arguments. */
    public static String text(String key, Locale locale, Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
