package pl.metryka.verifier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 8785 (JSON Canonicalization Scheme) for the values Metryka hashes: objects with members
 * sorted by the UTF-16 code units of their names, arrays, strings escaped as ECMAScript's
 * JSON.stringify does, integers (the ECMAScript form of an integer below 2^53 is its decimal
 * digits), booleans and null. A number with a fraction is refused: Metryka never hashes one.
 */
final class Jcs {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Jcs() {}

    static String canonicalize(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    /** The named members of {@code from} (absent ones as null), in a new object; nothing else is taken. */
    static Map<String, Object> pick(Map<String, Object> from, String... names) {
        Map<String, Object> picked = new LinkedHashMap<>();
        for (String name : names) {
            picked.put(name, from.get(name));
        }
        return picked;
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Long || value instanceof Integer) {
            long n = ((Number) value).longValue();
            if (Math.abs(n) >= 1L << 53) {
                throw new IllegalArgumentException("an integer beyond 2^53 has no exact canonical form: " + n);
            }
            out.append(n);
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Map<?, ?> map) {
            List<String> keys = new ArrayList<>();
            for (Object k : map.keySet()) {
                keys.add((String) k);
            }
            keys.sort(null); // String.compareTo orders by UTF-16 code units (RFC 8785 section 3.2.3)
            out.append('{');
            for (int i = 0; i < keys.size(); i++) {
                out.append(i > 0 ? "," : "");
                string(out, keys.get(i));
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
            throw new IllegalArgumentException("not an integer or JSON value Metryka hashes: " + value);
        }
    }

    private static void string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
