package pl.metryka.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import pl.metryka.domain.model.account.CommonPasswords;

/**
 * {@link CommonPasswords} by nbvcxz (a maintained Java port of the zxcvbn idea): its bundled lists
 * (leaked passwords, English words, first names, surnames), keyboard runs, dates, repeats and
 * leet spelling, plus a few Polish words that staff of an office would reach for. A password
 * whose estimated entropy stays under nbvcxz's own default minimum (35 bits: a password an
 * offline attacker guesses early) is guessable.
 */
@ApplicationScoped
public class NbvcxzCommonPasswords implements CommonPasswords {

    /** Words of this setting that the English lists do not have; lower case, most likely first. */
    static final List<String> POLISH = List.of(
            "haslo",
            "hasło",
            "haselko",
            "kochanie",
            "polska",
            "metryka",
            "biuletyn",
            "bip",
            "gmina",
            "urzad",
            "urząd",
            "starostwo",
            "powiat",
            "sekretariat",
            "administrator",
            "redaktor",
            "naczelny",
            "audytor",
            "warszawa",
            "krakow",
            "kraków",
            "wiosna",
            "lato",
            "jesien",
            "jesień",
            "zima",
            "zaq1",
            "qwerty",
            "tajne",
            "dupa",
            "mamusia",
            "misiek",
            "bartek",
            "agnieszka",
            "katarzyna",
            "piotr",
            "tomek",
            "marcin",
            "legia",
            "kasia");

    private final List<Dictionary> dictionaries;

    public NbvcxzCommonPasswords() {
        List<Dictionary> all = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        DictionaryBuilder polish = new DictionaryBuilder().setDictionaryName("polish");
        for (int rank = 0; rank < POLISH.size(); rank++) {
            polish.addWord(POLISH.get(rank), rank + 1);
        }
        all.add(polish.createDictionary());
        this.dictionaries = List.copyOf(all);
    }

    @Override
    public boolean guessable(String password, String... ownWords) {
        List<Dictionary> withOwn = new ArrayList<>(dictionaries);
        DictionaryBuilder own = new DictionaryBuilder().setDictionaryName("own");
        Arrays.stream(ownWords)
                .filter(w -> w != null && !w.isBlank())
                .flatMap(w -> Arrays.stream(w.toLowerCase(Locale.ROOT).split("[\\s._-]+")))
                .filter(w -> w.length() >= 3)
                .forEach(w -> own.addWord(w, 1));
        withOwn.add(own.createDictionary());
        Configuration configuration =
                new ConfigurationBuilder().setDictionaries(withOwn).createConfiguration();
        return !new Nbvcxz(configuration).estimate(password).isMinimumEntropyMet();
    }
}
