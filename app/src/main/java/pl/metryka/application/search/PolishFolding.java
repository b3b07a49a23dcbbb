package pl.metryka.application.search;

import java.text.Normalizer;

/**
 * Lower-case, diacritics-free text for matching: ą→a, ć→c, ę→e, ł→l, ń→n, ó→o, ś→s, ź→z, ż→z, and
 * any other letter with combining marks to its base letter. Folding is done character by
 * character, so the folded text is exactly as long as the original and a match at position i of
 * the folded text is at position i of the original (used to cut snippets from the original).
 */
public final class PolishFolding {

    private static final char[] TABLE = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            TABLE[c] = compute((char) c);
        }
    }

    private PolishFolding() {}

    public static char fold(char c) {
        return TABLE[c];
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = TABLE[text.charAt(i)];
        }
        return new String(out);
    }

    private static char compute(char c) {
        if (Character.isSurrogate(c)) {
            return c;
        }
        switch (c) {
            case 'ł', 'Ł':
                return 'l';
            case 'đ', 'Đ':
                return 'd';
            case 'ø', 'Ø':
                return 'o';
            default:
                break;
        }
        char lower = Character.toLowerCase(c);
        if (lower < 0x80) {
            return lower;
        }
        // NFD splits ą into a + ogonek, ó into o + acute, etc.; keep the base letter
        String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        if (decomposed.length() > 1 && Character.isLetter(base) && !Character.isSurrogate(base)) {
            return Character.toLowerCase(base);
        }
        return lower;
    }
}
