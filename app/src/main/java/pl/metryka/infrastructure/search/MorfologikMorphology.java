package pl.metryka.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import pl.metryka.application.search.Morphology;

/** The application's {@link Morphology}: Morfologik's Polish dictionary, as the index uses it. */
@ApplicationScoped
public class MorfologikMorphology implements Morphology {

    @Override
    public Set<String> lemmas(String word) {
        return PolishLemmas.of(word);
    }

    @Override
    public Set<String> queryLemmas(String typed) {
        return PolishLemmas.ofQueryWord(typed);
    }
}
