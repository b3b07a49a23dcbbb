package pl.metryka.interfaces.web.panel;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.application.NewAttachment;
import pl.metryka.domain.shared.Sha256;
import pl.metryka.interfaces.web.shared.ContentDisposition;

/**
 * {@code /panel/plik/<sha256>?typ=&nazwa=}: a file of a draft or of a not yet saved upload, for the
 * editor's preview. Behind the back office's login (web.xml); the public reaches files only
 * through published revisions.
 */
@WebServlet("/panel/plik/*")
public class PanelFileServlet extends HttpServlet {

    @Inject
    private UploadedFiles uploads;

    @Inject
    private DocumentCatalog catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String sha = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!Sha256.isHex(sha)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<NewAttachment> pending = uploads.find(sha);
        // a pending upload is streamed from its temporary file; a stored one comes from the database
        Optional<byte[]> stored = pending.isPresent() ? Optional.empty() : catalog.attachmentContent(sha);
        if (pending.isEmpty() && stored.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String type = pending.map(NewAttachment::mediaType).orElse(request.getParameter("typ"));
        String name = pending.map(NewAttachment::fileName).orElse(request.getParameter("nazwa"));
        boolean image = "image/png".equals(type) || "image/jpeg".equals(type);
        response.setContentType(
                image || type != null && type.startsWith("application/") ? type : "application/octet-stream");
        if (!image) {
            response.setHeader("Content-Disposition", ContentDisposition.attachment(name == null ? sha : name));
        }
        if (pending.isPresent()) {
            response.setContentLengthLong(pending.get().content().size());
            try (InputStream in = pending.get().content().open()) {
                in.transferTo(response.getOutputStream());
            }
            return;
        }
        response.setContentLength(stored.get().length);
        response.getOutputStream().write(stored.get());
    }
}
