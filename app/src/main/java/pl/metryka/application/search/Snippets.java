package pl.metryka.application.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A short, HTML-escaped excerpt of a document's text around the first match, with the matching
 * words in {@code <mark>}: words starting with a query word, and other forms of a query word
 * ("oświetlenia" for "oświetlenie"). Matches are found in the folded text and cut from the original
 * at the same positions, which works because folding keeps the length.
 */
public final class Snippets {

    static final int LENGTH = 200;
    private static final int BEFORE = 60;
    /** Another form is looked up only for words that begin like a query word or its lemma (cheap: most do not). */
    private static final int STEM = 3;

    private Snippets() {}

    public static String of(String original, SearchTerms terms) {
        return of(original, terms, Morphology.NONE);
    }

    public static String of(String original, SearchTerms terms, Morphology morphology) {
        if (original == null || original.isEmpty()) {
            return "";
        }
        String folded = PolishFolding.fold(original);
        List<int[]> matches = matches(original, folded, terms, morphology, LENGTH + 30);
        int from = 0;
        if (!matches.isEmpty()) {
            from = Math.max(0, matches.get(0)[0] - BEFORE);
            while (from > 0 && isWordChar(original.charAt(from - 1))) {
                from--;
            }
        }
        int to = Math.min(original.length(), from + LENGTH);
        while (to < original.length() && to - from < LENGTH + 30 && isWordChar(original.charAt(to))) {
            to++;
        }
        StringBuilder html = new StringBuilder();
        if (from > 0) {
            html.append("… ");
        }
        int at = from;
        for (int[] m : matches) {
            if (m[0] < from || m[1] > to) {
                continue;
            }
            escape(original, at, m[0], html);
            html.append("<mark>");
            escape(original, m[0], m[1], html);
            html.append("</mark>");
            at = m[1];
        }
        escape(original, at, to, html);
        if (to < original.length()) {
            html.append(" …");
        }
        return html.toString();
    }

    /** Words of the folded text that start with a query word (the word is marked whole). */
    static List<int[]> matches(String folded, SearchTerms terms) {
        return matches(folded, folded, terms, Morphology.NONE, Integer.MAX_VALUE);
    }

    /**
     * Words that start with a query word or share a lemma with one (the word is marked whole), up
     * to {@code reach} characters after the first: a snippet shows no match beyond that, and
     * looking up the forms of a long text's every word made a search page cost milliseconds.
     */
    static List<int[]> matches(String original, String folded, SearchTerms terms, Morphology morphology, int reach) {
        Set<String> lemmas = new HashSet<>();
        Set<String> stems = new HashSet<>();
        if (morphology != Morphology.NONE) {
            for (String w : terms.indexed()) {
                lemmas.addAll(morphology.queryLemmas(terms.typedForm(w)));
            }
            lemmas.forEach(l -> stems.add(stem(l)));
        }
        Map<String, Boolean> known = new HashMap<>();
        List<int[]> found = new ArrayList<>();
        int i = 0;
        int n = folded.length();
        while (i < n && (found.isEmpty() || i - found.get(0)[0] <= reach)) {
            if (!isWordChar(folded.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && isWordChar(folded.charAt(end))) {
                end++;
            }
            boolean match = false;
            for (String w : terms.words()) {
                if (folded.startsWith(w, i)) {
                    match = true;
                    break;
                }
            }
            if (!match && !stems.isEmpty() && stems.contains(stem(folded.substring(i, end)))) {
                // a long text repeats its words: each form is looked up once
                match = known.computeIfAbsent(
                        original.substring(i, end).toLowerCase(Locale.ROOT),
                        form -> morphology.lemmas(form).stream().anyMatch(lemmas::contains));
            }
            if (match) {
                found.add(new int[] {i, end});
            }
            i = end;
        }
        return found;
    }

    private static String stem(String folded) {
        return folded.length() <= STEM ? folded : folded.substring(0, STEM);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static void escape(String s, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
