package pl.metryka.interfaces.tlog;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import pl.metryka.domain.shared.Sha256;

/** How the log's resources are written: bytes with an ETag of their own hash, errors as RFC 9457 problems. */
final class TlogAnswers {

    static final String TEXT = "text/plain; charset=utf-8";
    static final String BYTES = "application/octet-stream";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private TlogAnswers() {}

    /** Sends {@code body}, or 304 when the client already has these bytes. */
    static void send(
            HttpServletRequest request,
            HttpServletResponse response,
            String contentType,
            String cacheControl,
            byte[] body)
            throws IOException {
        String etag = "\"" + Sha256.hex(body).substring(0, 32) + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("Access-Control-Allow-Origin", "*");
        if (notModified(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        if (BYTES.equals(contentType)) {
            // bytes have no charset: drop the site-wide default (web.xml) the container would append
            response.setCharacterEncoding(null);
        }
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static boolean notModified(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*")
                    || (candidate.startsWith("W/") ? candidate.substring(2) : candidate).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** An RFC 9457 problem; written directly, so the site's HTML error pages do not replace it. */
    static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        byte[] body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setContentType("application/problem+json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
