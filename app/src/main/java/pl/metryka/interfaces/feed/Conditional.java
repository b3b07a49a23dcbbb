package pl.metryka.interfaces.feed;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import pl.metryka.domain.shared.Sha256;

/**
 * Revalidation for documents that are generated on every request: the ETag is the hash of the
 * bytes, so anything that changes the answer (a new change, the podmiot's name, the host) changes it.
 */
final class Conditional {

    private Conditional() {}

    /** Sets the caching headers; true when the client's copy is current and a 304 has been sent. */
    static boolean answer(HttpServletRequest request, HttpServletResponse response, byte[] body, Instant lastModified) {
        String etag = "\"" + Sha256.hex(body).substring(0, 32) + "\"";
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("ETag", etag);
        if (lastModified != null) {
            response.setDateHeader("Last-Modified", lastModified.toEpochMilli());
        }
        if (notModified(request, etag, lastModified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        return false;
    }

    private static boolean notModified(HttpServletRequest request, String etag, Instant lastModified) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return ifNoneMatch.equals("*") || ifNoneMatch.contains(etag);
        }
        if (lastModified == null) {
            return false;
        }
        try {
            long since = request.getDateHeader("If-Modified-Since");
            // HTTP dates carry whole seconds only
            return since >= 0 && lastModified.getEpochSecond() <= since / 1000;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
