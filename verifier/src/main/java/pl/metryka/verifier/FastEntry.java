package pl.metryka.verifier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.stream.Stream;
import pl.metryka.json.RegisterEntryMembers;

/**
 * The fast path for one line of a register dump: the entry is read straight from its UTF-8 bytes
 * and its canonical form assembled from them, with no strings or maps in between. It applies only
 * when that is exactly equivalent to {@link Canonical#entry}: string values without any backslash
 * (then their bytes need no escaping in either form), integers as plain digits, instants already
 * with six fractional digits. Format 2 (RFC 8785) lines get their members in sorted order, format 1
 * lines in the fixed order. Any other line returns null and takes the general path.
 */
final class FastEntry {

    /** The entry's members, and its format last (the indexes below count in this order). */
    private static final String[] KEYS = Stream.concat(RegisterEntryMembers.ALL.stream(), Stream.of("format"))
            .toArray(String[]::new);

    private static final byte[][] KEY_BYTES = new byte[KEYS.length][];
    private static final byte[][] CANONICAL_KEYS = new byte[9][];

    /** Format 2's hashed members, sorted by name as RFC 8785 orders them. */
    private static final int[] SORTED = {3, 2, 1, 8, 4, 11, 7, 5, 0, 6};

    private static final byte[][] SORTED_KEYS = new byte[SORTED.length][];
    private static final byte[] FORMAT_1 = "metryka-register/1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FORMAT_2 = Canonical.ENTRY_2.getBytes(StandardCharsets.US_ASCII);

    static {
        for (int i = 0; i < KEYS.length; i++) {
            KEY_BYTES[i] = KEYS[i].getBytes(StandardCharsets.US_ASCII);
        }
        for (int i = 0; i < 9; i++) {
            CANONICAL_KEYS[i] = ((i == 0 ? "{" : ",") + "\"" + KEYS[i] + "\":").getBytes(StandardCharsets.US_ASCII);
        }
        for (int i = 0; i < SORTED.length; i++) {
            SORTED_KEYS[i] =
                    ((i == 0 ? "{" : ",") + "\"" + KEYS[SORTED[i]] + "\":").getBytes(StandardCharsets.US_ASCII);
        }
    }

    private static final int SEQ = 0;
    private static final int AT = 1;
    private static final int ACTOR = 2;
    private static final int ACTION = 3;
    private static final int DOCUMENT = 4;
    private static final int REVISION = 5;
    private static final int CONTENT = 8;
    private static final int PREV = 9;
    private static final int HASH = 10;
    private static final int FORMAT = 11;

    private static final byte NONE = 0;
    private static final byte NULL = 1;
    private static final byte STRING = 2;
    private static final byte NUMBER = 3;

    private final Hashes hashes;
    private final byte[] kind = new byte[KEYS.length];
    private final int[] start = new int[KEYS.length];
    private final int[] end = new int[KEYS.length];
    private byte[] out = new byte[512];
    private int n;

    FastEntry(Hashes hashes) {
        this.hashes = hashes;
    }

    /** The checked entry, or null when the line needs the general path. */
    RegisterWalk.Checked check(byte[] b, int from, int to) {
        if (!scan(b, from, to)) {
            return null;
        }
        boolean format2 = kind[FORMAT] == STRING && is(b, FORMAT, FORMAT_2);
        boolean format1 = kind[FORMAT] == NONE || kind[FORMAT] == STRING && is(b, FORMAT, FORMAT_1);
        if (!format1 && !format2
                || kind[SEQ] != NUMBER
                || kind[AT] != STRING
                || kind[ACTOR] != STRING
                || kind[ACTION] != STRING
                || format1
                        && (end[AT] - start[AT] != 27
                                || b[start[AT] + 10] != 'T'
                                || b[start[AT] + 19] != '.'
                                || b[start[AT] + 26] != 'Z')) {
            return null;
        }
        n = 0;
        int members = format2 ? SORTED.length : 9;
        for (int m = 0; m < members; m++) {
            int i = format2 ? SORTED[m] : m;
            byte[] key = format2 ? SORTED_KEYS[m] : CANONICAL_KEYS[m];
            append(key, 0, key.length);
            switch (kind[i]) {
                case STRING -> {
                    ensure(end[i] - start[i] + 2);
                    out[n++] = '"';
                    System.arraycopy(b, start[i], out, n, end[i] - start[i]);
                    n += end[i] - start[i];
                    out[n++] = '"';
                }
                case NUMBER -> append(b, start[i], end[i]);
                default -> append(NULL_BYTES, 0, 4);
            }
        }
        append(CLOSE, 0, 1);
        byte[] prev = hex(b, PREV);
        byte[] hash = hex(b, HASH);
        boolean matches = prev != null && hash != null && MessageDigest.isEqual(hash, hashes.chain(prev, out, n));
        return new RegisterWalk.Checked(
                number(b, SEQ),
                text(b, PREV),
                text(b, HASH),
                matches,
                hashes.leaf(out, n),
                null,
                kind[DOCUMENT] == NUMBER ? number(b, DOCUMENT) : null,
                kind[REVISION] == NUMBER ? number(b, REVISION) : null,
                kind[CONTENT] == STRING ? text(b, CONTENT) : null,
                "REDACTED".equals(text(b, ACTION)),
                false);
    }

    private static final byte[] NULL_BYTES = "null".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = {'}'};

    /** Finds the known keys' values; false on anything the fast path does not handle. */
    private boolean scan(byte[] b, int from, int to) {
        Arrays.fill(kind, NONE);
        int i = skip(b, from, to);
        if (i >= to || b[i] != '{') {
            return false;
        }
        i = skip(b, i + 1, to);
        if (i < to && b[i] == '}') {
            return true;
        }
        while (i < to) {
            if (b[i] != '"') {
                return false;
            }
            int keyStart = i + 1;
            int keyEnd = keyStart;
            while (keyEnd < to && b[keyEnd] != '"') {
                if (b[keyEnd] == '\\') {
                    return false;
                }
                keyEnd++;
            }
            int slot = slot(b, keyStart, keyEnd);
            i = skip(b, keyEnd + 1, to);
            if (i >= to || b[i] != ':') {
                return false;
            }
            i = skip(b, i + 1, to);
            if (i >= to) {
                return false;
            }
            int valueStart;
            byte type;
            if (b[i] == '"') {
                valueStart = ++i;
                while (i < to && b[i] != '"') {
                    if (b[i] == '\\' || (b[i] >= 0 && b[i] < 0x20)) {
                        return false;
                    }
                    i++;
                }
                if (i >= to) {
                    return false;
                }
                type = STRING;
                if (slot >= 0) {
                    start[slot] = valueStart;
                    end[slot] = i;
                }
                i++;
            } else if (b[i] == 'n' && i + 4 <= to && b[i + 1] == 'u' && b[i + 2] == 'l' && b[i + 3] == 'l') {
                type = NULL;
                i += 4;
            } else if (slot < 0
                    && b[i] == 'f'
                    && i + 5 <= to
                    && b[i + 1] == 'a'
                    && b[i + 2] == 'l'
                    && b[i + 3] == 's'
                    && b[i + 4] == 'e') {
                type = NULL; // "masked":false, which every unmasked entry of the API carries and nothing hashes
                i += 5;
            } else if (b[i] >= '0' && b[i] <= '9') {
                valueStart = i;
                i++;
                while (i < to && b[i] >= '0' && b[i] <= '9') {
                    i++;
                }
                if (i - valueStart > 15 || (b[valueStart] == '0' && i - valueStart > 1)) {
                    return false; // what Long.toString would print differently, or beyond RFC 8785's exact integers
                }
                type = NUMBER;
                if (slot >= 0) {
                    start[slot] = valueStart;
                    end[slot] = i;
                }
            } else {
                return false;
            }
            if (slot >= 0) {
                if (kind[slot] != NONE) {
                    return false; // a duplicate key: let the general path decide
                }
                kind[slot] = type;
            }
            i = skip(b, i, to);
            if (i >= to) {
                return false;
            }
            if (b[i] == '}') {
                return skip(b, i + 1, to) == to;
            }
            if (b[i] != ',') {
                return false;
            }
            i = skip(b, i + 1, to);
        }
        return false;
    }

    private static int slot(byte[] b, int from, int to) {
        for (int k = 0; k < KEY_BYTES.length; k++) {
            byte[] key = KEY_BYTES[k];
            if (key.length == to - from && Arrays.equals(key, 0, key.length, b, from, to)) {
                return k;
            }
        }
        return -1;
    }

    private static int skip(byte[] b, int i, int to) {
        while (i < to && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        return i;
    }

    private boolean is(byte[] b, int slot, byte[] value) {
        return Arrays.equals(value, 0, value.length, b, start[slot], end[slot]);
    }

    private long number(byte[] b, int slot) {
        long value = 0;
        for (int i = start[slot]; i < end[slot]; i++) {
            value = value * 10 + (b[i] - '0');
        }
        return value;
    }

    private String text(byte[] b, int slot) {
        return kind[slot] == STRING
                ? new String(b, start[slot], end[slot] - start[slot], StandardCharsets.UTF_8)
                : null;
    }

    private byte[] hex(byte[] b, int slot) {
        if (kind[slot] != STRING || end[slot] - start[slot] != 64) {
            return null;
        }
        byte[] hash = new byte[32];
        for (int i = 0; i < 32; i++) {
            int hi = Character.digit(b[start[slot] + 2 * i], 16);
            int lo = Character.digit(b[start[slot] + 2 * i + 1], 16);
            if (hi < 0 || lo < 0 || b[start[slot] + 2 * i] > 'f' || b[start[slot] + 2 * i + 1] > 'f') {
                return null;
            }
            hash[i] = (byte) (hi << 4 | lo);
        }
        return hash;
    }

    private void append(byte[] src, int from, int to) {
        ensure(to - from);
        System.arraycopy(src, from, out, n, to - from);
        n += to - from;
    }

    private void ensure(int more) {
        if (n + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, n + more));
        }
    }
}
