package pl.metryka.interfaces.web.panel;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import pl.metryka.application.AttachmentAccessibility;
import pl.metryka.application.NewAttachment;

/**
 * Files a clerk has uploaded in the editor but not yet saved, by SHA-256, so that the preview can
 * show them (images included) before anything is stored. Lives as long as the clerk's session. The
 * bytes are on disk, not in the session: the session holds a file's name, digest and size.
 */
@SessionScoped
public class UploadedFiles implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(UploadedFiles.class.getName());

    private final Map<String, NewAttachment> files = new ConcurrentHashMap<>();

    @Inject
    private AttachmentAccessibility accessibility;

    /** Temporary files holding the uploads' bytes (owner-only, in java.io.tmpdir); gone with the session. */
    private final List<Path> spooled = new CopyOnWriteArrayList<>();

    /** A temporary file for one upload, deleted when the session ends. */
    public Path newFile() throws IOException {
        Path file = Files.createTempFile("metryka-editor-", ".bin");
        spooled.add(file);
        return file;
    }

    @PreDestroy
    void deleteFiles() {
        for (Path file : spooled) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete the editor upload " + file, e);
            }
        }
    }

    /**
     * The key of the message that warns the clerk about an untagged or scanned PDF; null when
     * there is nothing to say.
     */
    public String accessibilityWarning(NewAttachment file) {
        return accessibility == null
                ? null
                : accessibility
                        .check(file.mediaType(), file.content())
                        .map(AttachmentAccessibility.Warning::messageKey)
                        .orElse(null);
    }

    public String keep(NewAttachment file) {
        String sha = file.content().sha256();
        files.put(sha, file);
        return sha;
    }

    public Optional<NewAttachment> find(String sha256) {
        return Optional.ofNullable(files.get(sha256));
    }
}
