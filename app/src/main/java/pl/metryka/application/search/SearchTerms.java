package pl.metryka.application.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a query, folded ({@link #words}), each also as typed in lower case ({@link #typed},
 * same order: the Polish dictionary needs the letters as written), and the quoted phrases
 * ({@link #phrases}, folded), which must occur as written, word by word and in order; their words
 * are among {@link #words} too. Words of at least {@link #MIN_INDEXED} characters go to the FULLTEXT
 * index as required prefixes ({@code +word*}); shorter ones are below InnoDB's
 * innodb_ft_min_token_size and further narrow, with a REGEXP, the documents the long words found.
 * A query of short words only is not run (it would scan the whole table: ~6 s at 100,000 documents).
 */
public record SearchTerms(List<String> words, List<String> typed, List<List<String>> phrases) {

    public static final int MIN_INDEXED = 3;
    static final int MAX_WORDS = 10;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    // straight quotes and the Polish „…” (also “…”)
    private static final Pattern PHRASE = Pattern.compile("[\"„“”]([^\"„“”]*)[\"„“”]?");

    public SearchTerms(List<String> words) {
        this(words, words, List.of());
    }

    public static SearchTerms of(String query) {
        Map<String, String> words = new LinkedHashMap<>();
        List<List<String>> phrases = new ArrayList<>();
        if (query != null) {
            Matcher quoted = PHRASE.matcher(query);
            int at = 0;
            while (quoted.find()) {
                add(query.substring(at, quoted.start()), words);
                List<String> phrase = add(quoted.group(1), words);
                if (!phrase.isEmpty()) {
                    phrases.add(phrase);
                }
                at = quoted.end();
            }
            add(query.substring(at), words);
        }
        return new SearchTerms(List.copyOf(words.keySet()), List.copyOf(words.values()), List.copyOf(phrases));
    }

    /** Adds the part's words (up to {@link #MAX_WORDS} in all); returns the part's folded words that fit. */
    private static List<String> add(String part, Map<String, String> words) {
        List<String> added = new ArrayList<>();
        Matcher m = WORD.matcher(part);
        while (m.find()) {
            String typed = m.group().toLowerCase(Locale.ROOT);
            String folded = PolishFolding.fold(typed);
            if (!words.containsKey(folded) && words.size() >= MAX_WORDS) {
                break;
            }
            words.putIfAbsent(folded, typed);
            added.add(folded);
        }
        return added;
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

    /** The word as typed (lower case, Polish letters kept) for a folded word of this query. */
    public String typedForm(String folded) {
        int i = words.indexOf(folded);
        return i < 0 ? folded : typed.get(i);
    }

    /** Every word required, each as a prefix, and every phrase: {@code +zarzadzenie* +wojta* +"rady gminy"}. */
    public String booleanAll() {
        List<String> parts = new ArrayList<>();
        for (String w : indexed()) {
            parts.add("+" + w + "*");
        }
        for (List<String> phrase : phrases) {
            if (phrase.size() > 1) {
                parts.add("+\"" + String.join(" ", phrase) + "\"");
            }
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
