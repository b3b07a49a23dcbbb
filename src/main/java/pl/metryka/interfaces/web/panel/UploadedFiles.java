package pl.metryka.interfaces.web.panel;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import pl.metryka.application.NewAttachment;

/**
 * Files a clerk has uploaded in the editor but not yet saved, by SHA-256, so that the preview can
 * show them (images included) before anything is stored. Lives as long as the clerk's session.
 */
@SessionScoped
public class UploadedFiles implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, NewAttachment> files = new ConcurrentHashMap<>();

    public String keep(NewAttachment file) {
        String sha = file.content().sha256();
        files.put(sha, file);
        return sha;
    }

    public Optional<NewAttachment> find(String sha256) {
        return Optional.ofNullable(files.get(sha256));
    }
}
