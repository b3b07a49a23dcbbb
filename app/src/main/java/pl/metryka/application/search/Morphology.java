package pl.metryka.application.search;

import java.util.Set;

/**
 * Which words are forms of the same word (a port: the Polish dictionary lives in infrastructure).
 * Lemmas are folded like the index ("uchwały" → "uchwala"), so they compare with folded words.
 */
public interface Morphology {

    /** Knows no forms: every word is only itself. */
    Morphology NONE = new Morphology() {
        @Override
        public Set<String> lemmas(String word) {
            return Set.of(PolishFolding.fold(word));
        }

        @Override
        public Set<String> queryLemmas(String typed) {
            return Set.of(PolishFolding.fold(typed));
        }
    };

    /** The folded lemmas of a word of a document as written (the folded word itself if unknown). */
    Set<String> lemmas(String word);

    /** The folded lemmas a query word stands for, also when typed without Polish letters. */
    Set<String> queryLemmas(String typed);
}
