package pl.metryka.interfaces.web.citizen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.application.Thumbnails;
import pl.metryka.domain.model.document.Attachment;
import pl.metryka.domain.model.document.Revision;
import pl.metryka.interfaces.web.shared.ContentDisposition;

/**
 * The files of a published version: {@code /wersja/{n}/zalacznik/{position}/{name}} (the file as
 * stored) and {@code /wersja/{n}/miniatura/{position}} (the gallery's thumbnail of an image). Both
 * are addressed by the version, whose files never change, so they are cacheable for a year with
 * the file's hash as ETag; a redaction replaces the attachment, and with it the hash.
 */
@ApplicationScoped
class DocumentFiles {

    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Inject
    private DocumentCatalog catalog;

    @Inject
    private Thumbnails thumbnails;

    void attachment(HttpServletRequest request, HttpServletResponse response, Revision revision, String position)
            throws IOException {
        Optional<Attachment> found = find(revision, position);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachment attachment = found.get();
        String etag = "\"" + attachment.sha256() + "\"";
        if (notModified(request, response, etag)) {
            return;
        }
        Optional<byte[]> content = catalog.attachmentContent(attachment.sha256());
        if (content.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = attachment.fileName();
        DocumentRoutes.cacheHeaders(response, etag, IMMUTABLE);
        write(
                request,
                response,
                attachment.mediaType(),
                attachment.mediaType().startsWith("image/")
                        ? ContentDisposition.inline(name)
                        : ContentDisposition.attachment(name),
                content.get());
    }

    void thumbnail(HttpServletRequest request, HttpServletResponse response, Revision revision, String position)
            throws IOException {
        Optional<Attachment> image =
                find(revision, position).filter(a -> a.file().isImage());
        if (image.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + image.get().sha256() + "-t\"";
        if (notModified(request, response, etag)) {
            return;
        }
        Optional<byte[]> thumbnail;
        try {
            thumbnail = thumbnails.of(image.get().sha256());
        } catch (Thumbnails.Busy busy) {
            response.setHeader("Retry-After", "2");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        if (thumbnail.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DocumentRoutes.cacheHeaders(response, etag, IMMUTABLE);
        write(request, response, "image/jpeg", ContentDisposition.inline("miniatura.jpg"), thumbnail.get());
    }

    /**
     * A revalidation answered from the revision alone: the ETag is the file's hash, so the file is
     * neither read from the database nor decoded for it. The cache headers go only on this 304 and
     * on the 200: a 404 or 503 below must not be kept for a year in the file's place.
     */
    private static boolean notModified(HttpServletRequest request, HttpServletResponse response, String etag) {
        if (!DocumentRoutes.matches(request, etag)) {
            return false;
        }
        DocumentRoutes.cacheHeaders(response, etag, IMMUTABLE);
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        return true;
    }

    private static Optional<Attachment> find(Revision revision, String position) {
        return DocumentRoutes.number(position)
                .flatMap(p -> revision.attachments().stream()
                        .filter(a -> a.position() == p)
                        .findFirst());
    }

    private static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            String mediaType,
            String disposition,
            byte[] content)
            throws IOException {
        response.setContentType(mediaType);
        // web.xml's response encoding (UTF-8, for pages) means nothing for a file's bytes
        response.setCharacterEncoding(null);
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition", disposition);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(content);
        }
    }
}
