package pl.metryka.infrastructure.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import morfologik.fsa.FSA;
import morfologik.stemming.Dictionary;
import morfologik.stemming.polish.PolishStemmer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.morfologik.MorfologikFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import pl.metryka.application.search.PolishFolding;

/**
 * Polish morphology for the index: Morfologik's Polish dictionary (PoliMorf) gives every word form
 * its lemmas ("oświetlenia" → "oświetlenie", "uchwały" → "uchwała"); a word the dictionary does not
 * know stays as it is. Lemmas are then folded like the rest of the index ("uchwała" → "uchwala"),
 * so a query typed without Polish letters still meets them. Thread-safe.
 */
public final class PolishLemmas {

    /** The lemma fields' analyzer: words, lower case, lemmas (stacked at the word's position), folded. */
    public static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer words = new StandardTokenizer();
            TokenStream lemmas = new MorfologikFilter(new LowerCaseFilter(words), dictionary());
            return new TokenStreamComponents(
                    words, new RemoveDuplicatesTokenFilter(new Folding(new LowerCaseFilter(lemmas))));
        }
    };
    /** Variants of a word typed without Polish letters that are tried against the dictionary, at most. */
    static final int MAX_SPELLINGS = 16;

    private static final String PLAIN = "acelnosz";
    private static final String[] POLISH = {"ą", "ć", "ę", "ł", "ń", "ó", "ś", "źż"};

    private PolishLemmas() {}

    private static Dictionary dictionary() {
        // PolishStemmer reads the dictionary once per class loader and keeps it
        return new PolishStemmer().getDictionary();
    }

    /** The folded lemmas of a word as written (or the folded word itself if the dictionary does not know it). */
    public static Set<String> of(String word) {
        Set<String> lemmas = new LinkedHashSet<>();
        try (TokenStream stream = ANALYZER.tokenStream("lemma", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                lemmas.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lemmas;
    }

    /**
     * The lemmas of a query word: of the word as typed, of the folded word itself (a base form typed
     * without Polish letters, "oswietlenie"), and, when the word was typed without Polish letters,
     * of the dictionary's words that fold to it ("uchwaly" → "uchwały" → "uchwała").
     */
    public static Set<String> ofQueryWord(String typed) {
        String lower = typed.toLowerCase(Locale.ROOT);
        String folded = PolishFolding.fold(lower);
        Set<String> lemmas = new LinkedHashSet<>(of(lower));
        lemmas.add(folded);
        if (folded.equals(lower)) {
            for (String spelling : spellings(folded)) {
                lemmas.addAll(of(spelling));
            }
        }
        return lemmas;
    }

    /** Words of the dictionary that fold to the given plain word, found by walking its automaton. */
    static List<String> spellings(String plain) {
        Dictionary dictionary = dictionary();
        List<String> found = new ArrayList<>();
        walk(
                dictionary.fsa,
                dictionary.fsa.getRootNode(),
                plain,
                0,
                new StringBuilder(),
                dictionary.metadata.getSeparator(),
                found);
        return found;
    }

    private static void walk(
            FSA fsa, int node, String plain, int at, StringBuilder spelled, byte separator, List<String> found) {
        if (found.size() >= MAX_SPELLINGS) {
            return;
        }
        if (at == plain.length()) {
            if (fsa.getArc(node, separator) != 0) {
                found.add(spelled.toString());
            }
            return;
        }
        char c = plain.charAt(at);
        int polish = PLAIN.indexOf(c);
        String choices = polish < 0 ? String.valueOf(c) : c + POLISH[polish];
        for (int i = 0; i < choices.length(); i++) {
            char letter = choices.charAt(i);
            int next = follow(fsa, node, String.valueOf(letter).getBytes(StandardCharsets.UTF_8));
            if (next >= 0) {
                spelled.append(letter);
                walk(fsa, next, plain, at + 1, spelled, separator, found);
                spelled.setLength(spelled.length() - 1);
            }
        }
    }

    /** The node reached from node over the bytes, or -1 where the automaton has no such path. */
    private static int follow(FSA fsa, int node, byte[] bytes) {
        int current = node;
        for (byte b : bytes) {
            int arc = fsa.getArc(current, b);
            if (arc == 0 || fsa.isArcTerminal(arc)) {
                return -1;
            }
            current = fsa.getEndNode(arc);
        }
        return current;
    }

    /** Folds each token as {@link PolishFolding} folds the exact fields and the query words. */
    private static final class Folding extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        Folding(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            char[] buffer = term.buffer();
            for (int i = 0; i < term.length(); i++) {
                buffer[i] = PolishFolding.fold(buffer[i]);
            }
            return true;
        }
    }
}
