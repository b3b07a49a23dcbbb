package pl.metryka.application.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a query, folded. Words of at least {@link #MIN_INDEXED} characters go to the
 * FULLTEXT index as required prefixes ({@code +word*}); shorter ones are below InnoDB's
 * innodb_ft_min_token_size and further narrow, with a REGEXP, the documents the long words found.
 * A query of short words only is not run (it would scan the whole table: ~6 s at 100,000 documents).
 */
public record SearchTerms(List<String> words) {

    public static final int MIN_INDEXED = 3;
    static final int MAX_WORDS = 10;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    public static SearchTerms of(String query) {
        Set<String> words = new LinkedHashSet<>();
        if (query != null) {
            Matcher m = WORD.matcher(PolishFolding.fold(query));
            while (m.find() && words.size() < MAX_WORDS) {
                words.add(m.group());
            }
        }
        return new SearchTerms(List.copyOf(words));
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    public List<String> indexed() {
        return words.stream().filter(w -> w.length() >= MIN_INDEXED).toList();
    }

    public List<String> unindexed() {
        return words.stream().filter(w -> w.length() < MIN_INDEXED).toList();
    }

    /** Every word required, each as a prefix: {@code +zarzadzenie* +wojta*}. */
    public String booleanAll() {
        List<String> parts = new ArrayList<>();
        for (String w : indexed()) {
            parts.add("+" + w + "*");
        }
        return String.join(" ", parts);
    }

    /** Any word, for ranking title matches first: {@code zarzadzenie* wojta*}. */
    public String booleanAny() {
        List<String> parts = new ArrayList<>();
        for (String w : indexed()) {
            parts.add(w + "*");
        }
        return String.join(" ", parts);
    }
}
