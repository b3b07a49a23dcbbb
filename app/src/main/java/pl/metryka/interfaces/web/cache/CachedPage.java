package pl.metryka.interfaces.web.cache;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import pl.metryka.application.BulletinHead.Position;

/**
 * One kept response: status 200, its content type and headers, its body (split around the visit
 * count's place for a document's current page), the register head it was rendered at, and what
 * it depends on.
 */
record CachedPage(
        String contentType,
        List<Header> headers,
        byte[] prefix,
        byte[] suffix,
        String etag,
        PageCache.Scope scope,
        PageCache.Visits visits,
        Position head) {

    record Header(String name, String value) {}

    static final byte[] PLACEHOLDER =
            Long.toString(PageCache.VISITS_PLACEHOLDER).getBytes(StandardCharsets.US_ASCII);

    /** The page as kept; for a page with a visit count, null unless the placeholder occurs exactly once. */
    static CachedPage of(
            String contentType,
            List<Header> headers,
            byte[] body,
            String etag,
            PageCache.Scope scope,
            PageCache.Visits visits,
            Position head) {
        if (visits == null) {
            return new CachedPage(contentType, headers, body, null, etag, scope, null, head);
        }
        int at = indexOf(body, PLACEHOLDER, 0);
        if (at < 0 || indexOf(body, PLACEHOLDER, at + 1) >= 0) {
            return null;
        }
        return new CachedPage(
                contentType,
                headers,
                Arrays.copyOfRange(body, 0, at),
                Arrays.copyOfRange(body, at + PLACEHOLDER.length, body.length),
                etag,
                scope,
                visits,
                head);
    }

    /** The body with {@code count} in the placeholder's place (every place, for a body not split). */
    static byte[] withCount(byte[] body, long count) {
        byte[] number = Long.toString(count).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
        int from = 0;
        for (int at = indexOf(body, PLACEHOLDER, 0); at >= 0; at = indexOf(body, PLACEHOLDER, from)) {
            out.write(body, from, at - from);
            out.writeBytes(number);
            from = at + PLACEHOLDER.length;
        }
        out.write(body, from, body.length - from);
        return out.toByteArray();
    }

    static String etagWithCount(String etag, long count) {
        return etag.replace(Long.toString(PageCache.VISITS_PLACEHOLDER), Long.toString(count));
    }

    byte[] body(long count) {
        if (suffix == null) {
            return prefix;
        }
        byte[] number = Long.toString(count).getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[prefix.length + number.length + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(number, 0, body, prefix.length, number.length);
        System.arraycopy(suffix, 0, body, prefix.length + number.length, suffix.length);
        return body;
    }

    /** What the entry costs in the heap, roughly: its bytes and its strings. */
    int weight() {
        int strings = 256 + (etag == null ? 0 : etag.length() * 2);
        for (Header h : headers) {
            strings += 64 + 2 * (h.name().length() + h.value().length());
        }
        return prefix.length + (suffix == null ? 0 : suffix.length) + strings;
    }

    private static int indexOf(byte[] in, byte[] what, int from) {
        outer:
        for (int i = from; i <= in.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (in[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
