package pl.metryka.application.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits paragraphs into the units the diff compares: words, single spaces and single
 * punctuation marks, with {@link #BREAK} between paragraphs. Keeping spaces and punctuation as
 * tokens lets the result be read back as the original text.
 */
final class Tokens {

    /** Between paragraphs; never produced by the text itself, whose whitespace is collapsed. */
    static final String BREAK = "\n";

    private Tokens() {}

    static List<String> of(List<String> paragraphs) {
        List<String> tokens = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (!tokens.isEmpty()) {
                tokens.add(BREAK);
            }
            split(paragraph, tokens);
        }
        return tokens;
    }

    private static void split(String text, List<String> tokens) {
        int i = 0;
        while (i < text.length()) {
            int start = i;
            if (isWordChar(text, i)) {
                while (i < text.length() && isWordChar(text, i)) {
                    i += Character.charCount(text.codePointAt(i));
                }
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
            tokens.add(text.substring(start, i));
        }
    }

    private static boolean isWordChar(String text, int index) {
        int cp = text.codePointAt(index);
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp)
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Whether a token counts as a word (a space or a punctuation mark does not). */
    static boolean isWord(String token) {
        return !token.isEmpty() && isWordChar(token, 0);
    }
}
