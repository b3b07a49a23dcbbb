package pl.metryka.application.tlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.metryka.application.PublicAddress;
import pl.metryka.domain.model.register.MerkleHash;
import pl.metryka.domain.model.register.TreeHead;
import pl.metryka.domain.model.tlog.Checkpoint;
import pl.metryka.domain.model.tlog.NoteKey;

/**
 * What names the log and who witnesses it, from configuration. The origin (also the key name of
 * the log's note signature) is {@code metryka.tlog.origin} if given, else the bulletin's public
 * address ({@link PublicAddress}, {@code METRYKA_BASE_URL}) without its scheme and trailing slash.
 * It never comes from a request, so every instance and every request sign the same note.
 * Witnesses: {@code metryka.tlog.witnesses}, verifier keys of type 0x04 separated by commas or spaces.
 */
@ApplicationScoped
public class LogSettings {

    @Inject
    @ConfigProperty(name = "metryka.tlog.origin")
    private Optional<String> origin;

    @Inject
    private PublicAddress address;

    @Inject
    @ConfigProperty(name = "metryka.tlog.witnesses")
    private Optional<String> witnesses;

    public String origin() {
        return origin.map(String::strip).filter(o -> !o.isEmpty()).orElseGet(() -> originOf(address.site()));
    }

    /** The checkpoint of a signed tree head, under this log's origin. */
    public Checkpoint checkpoint(TreeHead head) {
        return new Checkpoint(origin(), head.size(), MerkleHash.fromHex(head.rootHash()));
    }

    /** {@code https://bip.klucze.pl/metryka/} → {@code bip.klucze.pl/metryka}: scheme-less, no query, no trailing slash. */
    public static String originOf(String url) {
        String origin =
                url.strip().replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://", "").replaceFirst("[?#].*$", "");
        origin = origin.replaceAll("/+$", "");
        int slash = origin.indexOf('/');
        String host = slash < 0 ? origin : origin.substring(0, slash);
        return host.toLowerCase(Locale.ROOT) + (slash < 0 ? "" : origin.substring(slash));
    }

    /** The configured witnesses; a key that cannot be read is an error, not silently ignored. */
    public List<NoteKey> witnesses() {
        return witnesses
                .map(w -> Arrays.stream(w.split("[,\\s]+"))
                        .filter(k -> !k.isBlank())
                        .map(NoteKey::parseVkey)
                        .peek(k -> {
                            if (k.type() != NoteKey.COSIGNATURE) {
                                throw new IllegalArgumentException(
                                        "A witness key has type 0x04 (tlog-cosignature): " + k.vkey());
                            }
                        })
                        .toList())
                .orElse(List.of());
    }
}
