package pl.metryka.interfaces.rest;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How many bytes a write to the API may send. Attachments travel base64-encoded inside the JSON of
 * a document (4 bytes for every 3 of the file), so a document's write may carry one file at the
 * attachment limit (25 MB, {@code AttachmentPolicy.MAX_BYTES}) with room to spare; an import carries a
 * whole history; every other write is a small JSON object. The same caps are in deploy/nginx/metryka.conf.
 */
public enum RequestBodyLimit {

    /** Every other write: a small JSON object (withdrawal, publication, account, review, redaction). */
    JSON(1024L * 1024),
    /** {@code POST /api/v1/documents}, {@code PUT /api/v1/documents/{id}}: the text and its attachments. */
    DOCUMENT(64L * 1024 * 1024),
    /** {@code POST /api/v1/import/documents}: one document with its whole history and every version's files. */
    IMPORT(256L * 1024 * 1024);

    private static final Pattern NEW_DOCUMENT = Pattern.compile("/api/v1/documents/?");
    private static final Pattern AMENDMENT = Pattern.compile("/api/v1/documents/[^/]+/?");
    private static final Pattern IMPORT_WRITE = Pattern.compile("/api/v1/import/documents/?");
    /** Set on a request whose body went over its cap while it was read (a body without Content-Length). */
    static final String EXCEEDED = RequestBodyLimit.class.getName() + ".exceeded";

    private final long bytes;

    RequestBodyLimit(long bytes) {
        this.bytes = bytes;
    }

    public long bytes() {
        return bytes;
    }

    /** As people read it in a message: "1 MB", "64 MB". */
    public String readable() {
        return bytes / (1024 * 1024) + " MB";
    }

    /** The cap for a write to {@code path} (the request path inside the application, e.g. /api/v1/documents). */
    public static RequestBodyLimit of(String method, String path) {
        if ("POST".equals(method) && NEW_DOCUMENT.matcher(path).matches()
                || "PUT".equals(method) && AMENDMENT.matcher(path).matches()) {
            return DOCUMENT;
        }
        if ("POST".equals(method) && IMPORT_WRITE.matcher(path).matches()) {
            return IMPORT;
        }
        return JSON;
    }

    /** The cap a request went over while its body was read, if it did. */
    static Optional<RequestBodyLimit> exceeded(HttpServletRequest request) {
        return request != null && request.getAttribute(EXCEEDED) instanceof RequestBodyLimit limit
                ? Optional.of(limit)
                : Optional.empty();
    }

    /** The 413 problem for this cap (RFC 9457; the detail names the limit). */
    Problem problem(String instance) {
        return Problem.of(
                413, instance, null, "Treść żądania jest za duża: ten adres przyjmuje najwyżej " + readable() + ".");
    }
}
