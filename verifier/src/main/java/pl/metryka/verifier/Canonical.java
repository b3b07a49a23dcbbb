package pl.metryka.verifier;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import pl.metryka.json.Jcs;
import pl.metryka.json.RegisterEntryMembers;

/**
 * Rebuilds the canonical JSON Metryka hashes, from its published rules (docs/register-format.md),
 * in the format each structure names in its {@code format} member. Format 2 is RFC 8785
 * ({@link Jcs}) over the structure's members, {@code format} included, taken as published. Format
 * 1 (entries, revisions and heads written before format 2, and any without a {@code format}
 * member): keys in a fixed order, no white space, only the quote, the backslash and control
 * characters escaped (control characters as lower-case backslash-u00xx), numbers as integers,
 * instants in UTC with exactly six fractional digits, absent values as {@code null}.
 */
final class Canonical {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Utf8 out = new Utf8();
    private boolean first = true;

    Canonical() {
        out.append('{');
    }

    /** A growing UTF-8 buffer: the canonical text is built directly as the bytes that get hashed. */
    private static final class Utf8 {
        private byte[] buf = new byte[384];
        private int n;

        Utf8 append(char c) {
            ensure(1);
            buf[n++] = (byte) c;
            return this;
        }

        Utf8 append(String s) {
            return append(s, 0, s.length());
        }

        Utf8 append(long v) {
            return append(Long.toString(v));
        }

        /** UTF-8 of s[from, to), surrogate pairs joined; a lone surrogate becomes '?' as String.getBytes does. */
        Utf8 append(String s, int from, int to) {
            ensure((to - from) * 3);
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    buf[n++] = (byte) c;
                } else if (c < 0x800) {
                    buf[n++] = (byte) (0xc0 | c >> 6);
                    buf[n++] = (byte) (0x80 | c & 0x3f);
                } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    buf[n++] = (byte) (0xf0 | cp >> 18);
                    buf[n++] = (byte) (0x80 | cp >> 12 & 0x3f);
                    buf[n++] = (byte) (0x80 | cp >> 6 & 0x3f);
                    buf[n++] = (byte) (0x80 | cp & 0x3f);
                } else if (Character.isSurrogate(c)) {
                    buf[n++] = '?';
                } else {
                    buf[n++] = (byte) (0xe0 | c >> 12);
                    buf[n++] = (byte) (0x80 | c >> 6 & 0x3f);
                    buf[n++] = (byte) (0x80 | c & 0x3f);
                }
            }
            return this;
        }

        private void ensure(int more) {
            if (n + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, n);
        }
    }

    /** The text a register entry's hash and Merkle leaf are taken over. */
    static String entry(Map<String, Object> e) {
        return new String(entryBytes(e), StandardCharsets.UTF_8);
    }

    static final String ENTRY_2 = "metryka-register/2";
    static final String REVISION_2 = "metryka-revision/2";
    static final String HEAD_2 = "metryka-tree-head/2";

    /**
     * Whether a structure is in format 2 (RFC 8785); format 1 when it names format 1 or none
     * (dumps and bundles made before formats were named). Any other format is refused, not guessed.
     */
    static boolean isFormat2(Map<String, Object> structure, String format2) {
        Object format = structure.get("format");
        if (format == null || format2.replace("/2", "/1").equals(format)) {
            return false;
        }
        if (format2.equals(format)) {
            return true;
        }
        throw new IllegalArgumentException("unknown format " + format + " (this verifier knows "
                + format2.replace("/2", "/1") + " and " + format2 + ")");
    }

    /** The same, as the UTF-8 bytes that are hashed. */
    static byte[] entryBytes(Map<String, Object> e) {
        if (isFormat2(e, ENTRY_2)) {
            return Jcs.canonicalize(Jcs.pick(e, RegisterEntryMembers.HASHED_2.toArray(String[]::new)))
                    .getBytes(StandardCharsets.UTF_8);
        }
        return new Canonical()
                .number("seq", e.get("seq"))
                .string("at", instant((String) e.get("at")))
                .string("actor", (String) e.get("actor"))
                .string("action", (String) e.get("action"))
                .number("documentId", e.get("documentId"))
                .number("revision", e.get("revision"))
                .string("subject", (String) e.get("subject"))
                .string("reason", (String) e.get("reason"))
                .string("contentHash", (String) e.get("contentHash"))
                .endBytes();
    }

    /** The text a revision's content hash is taken over, from the revision's public JSON. */
    @SuppressWarnings("unchecked")
    static String revision(Map<String, Object> r) {
        if (isFormat2(r, REVISION_2)) {
            Map<String, Object> hashed = Jcs.pick(
                    r,
                    "format",
                    "documentId",
                    "number",
                    "title",
                    "body",
                    "issuer",
                    "author",
                    "authorPosition",
                    "createdOn",
                    "editor",
                    "publishedAt",
                    "publishedElsewhereAt",
                    "reason");
            Map<String, Object> withheld = (Map<String, Object>) r.get("withheld");
            hashed.put(
                    "withheld",
                    withheld == null ? null : Jcs.pick(withheld, "scope", "legalBasis", "decidedBy", "inInterestOf"));
            List<Object> files = new ArrayList<>();
            for (Object a : r.get("attachments") == null ? List.of() : (List<Object>) r.get("attachments")) {
                files.add(Jcs.pick((Map<String, Object>) a, "fileName", "mediaType", "size", "sha256", "description"));
            }
            hashed.put("attachments", files);
            return Jcs.canonicalize(hashed);
        }
        Canonical c = new Canonical()
                .number("documentId", r.get("documentId"))
                .number("number", r.get("number"))
                .string("title", (String) r.get("title"))
                .string("body", (String) r.get("body"))
                .string("issuer", (String) r.get("issuer"))
                .string("author", (String) r.get("author"))
                .string("authorPosition", (String) r.get("authorPosition"))
                .string("createdOn", (String) r.get("createdOn"))
                .string("editor", (String) r.get("editor"))
                .string("publishedAt", instant((String) r.get("publishedAt")));
        // present in the canonical form exactly when the server has a value (imported revisions only)
        if (r.get("publishedElsewhereAt") != null) {
            c.string("publishedElsewhereAt", instant((String) r.get("publishedElsewhereAt")));
        }
        c.string("reason", (String) r.get("reason"));
        Map<String, Object> withheld = (Map<String, Object>) r.get("withheld");
        Canonical w = withheld == null
                ? null
                : new Canonical()
                        .string("scope", (String) withheld.get("scope"))
                        .string("legalBasis", (String) withheld.get("legalBasis"))
                        .string("decidedBy", (String) withheld.get("decidedBy"));
        if (w != null && withheld.get("inInterestOf") != null) {
            w.string("inInterestOf", (String) withheld.get("inInterestOf")); // only withholdings that recorded it
        }
        c.raw("withheld", w == null ? "null" : w.end());
        StringBuilder files = new StringBuilder("[");
        List<Object> attachments = (List<Object>) r.get("attachments");
        for (int i = 0; attachments != null && i < attachments.size(); i++) {
            Map<String, Object> a = (Map<String, Object>) attachments.get(i);
            if (i > 0) {
                files.append(',');
            }
            files.append(new Canonical()
                    .string("fileName", (String) a.get("fileName"))
                    .string("mediaType", (String) a.get("mediaType"))
                    .number("size", a.get("size"))
                    .string("sha256", (String) a.get("sha256"))
                    .string("description", (String) a.get("description"))
                    .end());
        }
        return c.raw("attachments", files.append(']').toString()).end();
    }

    /** The text a tree head's signature covers. */
    static String signedHead(Map<String, Object> head) {
        if (isFormat2(head, HEAD_2)) {
            return Jcs.canonicalize(Jcs.pick(head, "format", "size", "rootHash", "timestamp"));
        }
        return new Canonical()
                .number("size", head.get("size"))
                .string("rootHash", (String) head.get("rootHash"))
                .string("timestamp", instant((String) head.get("timestamp")))
                .end();
    }

    /**
     * An ISO-8601 UTC instant as the canonical form writes it: seconds, then exactly six fractional
     * digits and {@code Z} (the API may drop trailing zeros).
     */
    static String instant(String iso) {
        if (iso == null) {
            return null;
        }
        if (iso.length() == 27 && iso.charAt(10) == 'T' && iso.charAt(19) == '.' && iso.charAt(26) == 'Z') {
            return iso; // already seconds and six fractional digits
        }
        int t = iso.indexOf('T');
        if (t < 0 || !iso.endsWith("Z") || iso.length() - t < 7) {
            throw new IllegalArgumentException("not a UTC instant: " + iso);
        }
        int dot = iso.indexOf('.', t);
        String seconds = dot < 0 ? iso.substring(0, iso.length() - 1) : iso.substring(0, dot);
        if (seconds.length() - t == 6) {
            seconds += ":00"; // HH:mm without seconds
        }
        String fraction = dot < 0 ? "" : iso.substring(dot + 1, iso.length() - 1);
        if (fraction.length() > 6) {
            throw new IllegalArgumentException("more precision than microseconds: " + iso);
        }
        return seconds + "." + fraction + "000000".substring(fraction.length()) + "Z";
    }

    Canonical number(String key, Object value) {
        key(key);
        if (value == null) {
            out.append("null");
        } else if (value instanceof Long || value instanceof Integer) {
            out.append(((Number) value).longValue());
        } else {
            throw new IllegalArgumentException(key + " is not an integer: " + value);
        }
        return this;
    }

    Canonical string(String key, String value) {
        key(key);
        quote(value);
        return this;
    }

    Canonical raw(String key, String json) {
        key(key);
        out.append(json);
        return this;
    }

    String end() {
        return new String(endBytes(), StandardCharsets.UTF_8);
    }

    byte[] endBytes() {
        return out.append('}').bytes();
    }

    private void key(String key) {
        if (!first) {
            out.append(',');
        }
        first = false;
        quote(key);
        out.append(':');
    }

    private void quote(String value) {
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        int plain = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20) {
                out.append(value, plain, i);
                if (c < 0x20) {
                    out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                } else {
                    out.append('\\').append(c);
                }
                plain = i + 1;
            }
        }
        out.append(value, plain, value.length()).append('"');
    }
}
