package pl.metryka.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 8785, the JSON Canonicalization Scheme: the one serialization of a JSON value that every
 * hashed structure of format 2 is taken over. Object members sorted by their names' UTF-16 code
 * units ({@link String#compareTo} is exactly that order), no white space, strings escaped as
 * ECMAScript's JSON.stringify does (only {@code "}, {@code \} and U+0000..U+001F; the five short
 * forms backslash-b, -t, -n, -f, -r, the rest as lower-case backslash-u00xx), numbers in
 * ECMAScript form. Metryka hashes only integers (well inside 2^53, where the ECMAScript form is the
 * plain decimal digits), so {@link Long} and {@link Integer} are the only numbers accepted: a
 * fraction would need the ECMAScript double-to-string algorithm and is refused rather than written
 * approximately.
 *
 * <p>One source file, compiled into the application, the verifier and the importer (see the root
 * pom.xml): the server that writes a hash and the offline tool that checks it must canonicalize
 * with the same code, and the tools may depend on nothing but the JDK.
 */
public final class Jcs {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private Jcs() {}

    /**
     * The canonical text of a value built from {@link Map} (String keys), {@link List},
     * {@link String}, {@link Long}/{@link Integer}, {@link Boolean} and null.
     */
    public static String canonicalize(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    /** An object from alternating names and values; values may be null (a member with the value null). */
    public static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    /** The named members of {@code from} (absent ones as null), in a new object; nothing else is taken. */
    public static Map<String, Object> pick(Map<String, Object> from, String... names) {
        Map<String, Object> picked = new LinkedHashMap<>();
        for (String name : names) {
            picked.put(name, from.get(name));
        }
        return picked;
    }

    /**
     * Appends {@code value} as a quoted JSON string. With {@code shortForms} the five control
     * characters that have one are written backslash-b, -t, -n, -f, -r (RFC 8785); without, every
     * control character is written backslash-u00xx, as format 1 of the hashed forms did (its
     * hashes are recorded, so it keeps its own escaping).
     */
    public static void quote(StringBuilder out, String value, boolean shortForms) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20) {
                out.append(c);
            } else if (shortForms && shortForm(c) != 0) {
                out.append('\\').append(shortForm(c));
            } else {
                out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        out.append('"');
    }

    private static char shortForm(char c) {
        return switch (c) {
            case '\b' -> 'b';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\f' -> 'f';
            case '\r' -> 'r';
            default -> 0;
        };
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            quote(out, s, true);
        } else if (value instanceof Long || value instanceof Integer) {
            long n = ((Number) value).longValue();
            if (Math.abs(n) > MAX_SAFE_INTEGER) {
                throw new IllegalArgumentException("not an I-JSON integer (beyond 2^53): " + n);
            }
            out.append(n);
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Map<?, ?> map) {
            List<String> keys = new ArrayList<>();
            for (Object k : map.keySet()) {
                keys.add((String) k);
            }
            keys.sort(null); // String.compareTo: UTF-16 code units, as RFC 8785 section 3.2.3 requires
            out.append('{');
            for (int i = 0; i < keys.size(); i++) {
                out.append(i > 0 ? "," : "");
                quote(out, keys.get(i), true);
                out.append(':');
                write(out, map.get(keys.get(i)));
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i > 0 ? "," : "");
                write(out, list.get(i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException(
                    "no canonical JSON for " + value.getClass().getName());
        }
    }
}
