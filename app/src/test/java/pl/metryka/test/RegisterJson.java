package pl.metryka.test;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import pl.metryka.domain.model.register.MerkleHash;

/**
 * Reading the register's public JSON (entries, tree heads, proofs) as an outside auditor does: for
 * the integration tests and for the deploy checks, which run outside the server. Keys the API omits
 * or sets to null read as Java null.
 */
public final class RegisterJson {

    private RegisterJson() {}

    public static Long number(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonNumber n ? n.longValue() : null;
    }

    public static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonString s ? s.getString() : null;
    }

    /** A proof's path: an array of hex Merkle hashes. */
    public static List<byte[]> hashes(JsonObject o, String key) {
        return o.getJsonArray(key).getValuesAs(JsonString.class).stream()
                .map(s -> MerkleHash.fromHex(s.getString()))
                .toList();
    }
}
