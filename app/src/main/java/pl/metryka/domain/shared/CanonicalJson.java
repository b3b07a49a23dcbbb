package pl.metryka.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import pl.metryka.json.Jcs;

/**
 * Format 1 of the hashed forms (docs/register-format.md, section 8), which entries, revisions and
 * heads written before format 2 keep: JSON with keys in a fixed order, no white space, strings
 * escaped minimally (only {@code "}, {@code \} and control characters), instants in UTC with
 * exactly six fractional digits. Format 2 is RFC 8785 ({@link Jcs}); {@link #instant} is the one
 * time form of both.
 */
public final class CanonicalJson {

    private final StringBuilder out = new StringBuilder();
    private boolean first = true;

    private CanonicalJson() {
        out.append('{');
    }

    public static CanonicalJson object() {
        return new CanonicalJson();
    }

    /** The hashed time form: the one every output writes ({@link Timestamps}). */
    public static String instant(Instant instant) {
        return Timestamps.format(instant);
    }

    public CanonicalJson put(String key, String value) {
        key(key);
        string(out, value);
        return this;
    }

    public CanonicalJson put(String key, Long value) {
        key(key);
        out.append(value == null ? "null" : value.toString());
        return this;
    }

    public CanonicalJson put(String key, Integer value) {
        return put(key, value == null ? null : value.longValue());
    }

    public CanonicalJson put(String key, Instant value) {
        return put(key, instant(value));
    }

    public CanonicalJson put(String key, LocalDate value) {
        return put(key, value == null ? null : value.toString());
    }

    public CanonicalJson put(String key, CanonicalJson nested) {
        key(key);
        out.append(nested == null ? "null" : nested.toString());
        return this;
    }

    public <T> CanonicalJson putArray(String key, List<T> items, Function<T, CanonicalJson> each) {
        key(key);
        out.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(each.apply(items.get(i)));
        }
        out.append(']');
        return this;
    }

    public CanonicalJson with(Consumer<CanonicalJson> fields) {
        fields.accept(this);
        return this;
    }

    @Override
    public String toString() {
        return out + "}";
    }

    private void key(String key) {
        if (!first) {
            out.append(',');
        }
        first = false;
        string(out, key);
        out.append(':');
    }

    private static void string(StringBuilder out, String value) {
        if (value == null) {
            out.append("null");
        } else {
            Jcs.quote(out, value, false); // format 1: every control character as backslash-u00xx
        }
    }
}
