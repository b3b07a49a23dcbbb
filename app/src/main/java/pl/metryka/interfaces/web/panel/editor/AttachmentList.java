package pl.metryka.interfaces.web.panel.editor;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pl.metryka.application.AttachmentPolicy;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.application.NewAttachment;
import pl.metryka.domain.model.document.Attachment;
import pl.metryka.domain.model.document.FileContent;
import pl.metryka.domain.shared.FieldError;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.interfaces.web.citizen.DocumentSheet;
import pl.metryka.interfaces.web.panel.UploadedFiles;
import pl.metryka.interfaces.web.shared.FieldMessages;

/**
 * The attachments of the form. An upload is checked by the same {@link AttachmentPolicy} as the
 * API's and kept in the session's {@link UploadedFiles} until the document is saved; a file of a
 * saved revision is known by its hash only and read back from the catalog when saving again.
 */
public final class AttachmentList implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The form's field name, as the domain names it. */
    static final String FIELD = "attachments";

    private static final Map<String, String> BY_EXTENSION = Map.of(
            ".pdf",
            "application/pdf",
            ".doc",
            "application/msword",
            ".docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ".odt",
            "application/vnd.oasis.opendocument.text",
            ".xls",
            "application/vnd.ms-excel",
            ".xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ".ods",
            "application/vnd.oasis.opendocument.spreadsheet",
            ".jpg",
            "image/jpeg",
            ".jpeg",
            "image/jpeg",
            ".png",
            "image/png");

    private final List<FormFile> files = new ArrayList<>();
    private transient Part upload;
    private String uploadDescription;

    void fillFrom(List<Attachment> saved) {
        files.clear();
        for (Attachment a : saved) {
            files.add(new FormFile(a.fileName(), a.mediaType(), a.size(), a.sha256(), a.description()));
        }
    }

    /** Adds the uploaded file; what is wrong with it otherwise. */
    List<FieldError> add(UploadedFiles uploads) {
        if (upload == null || upload.getSize() == 0) {
            return List.of(FieldError.of(FIELD, "editor.file.none"));
        }
        // the servlet keeps a large part on disk (web.xml file-size-threshold); so does the editor
        FileContent content;
        try (InputStream in = upload.getInputStream()) {
            content = FileContent.spool(in, uploads.newFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        NewAttachment file = new NewAttachment(
                baseName(upload.getSubmittedFileName()),
                mediaTypeOf(upload),
                content,
                DocumentForm.blankToNull(uploadDescription));
        List<FieldError> problems = AttachmentPolicy.check(file, FIELD);
        if (!problems.isEmpty()) {
            return problems;
        }
        String sha = uploads.keep(file);
        FormFile added =
                new FormFile(file.fileName(), file.mediaType(), file.content().size(), sha, file.description());
        // advice, not a refusal: the document must be published as it was adopted
        added.setWarning(uploads.accessibilityWarning(file));
        files.add(added);
        upload = null; // added once: a save in the same request must not add it again
        uploadDescription = null;
        return List.of();
    }

    /**
     * Before a save: a file chosen in the form but not yet added with "Dodaj załącznik" goes with
     * the save, or stops it with the file's error shown (false). Saving without it would silently
     * drop what the clerk attached.
     */
    boolean takeChosen(UploadedFiles uploads) {
        if (upload == null || upload.getSize() == 0) {
            return true;
        }
        List<FieldError> problems = add(uploads);
        problems.forEach(problem -> FieldMessages.show(problem, EditorFields.FORM, EditorFields.DOCUMENT));
        return problems.isEmpty();
    }

    void remove(FormFile file) {
        files.remove(file);
    }

    /** The files as the services take them, their content from this session's uploads or the catalog. */
    List<NewAttachment> toNew(UploadedFiles uploads, DocumentCatalog catalog) {
        List<NewAttachment> result = new ArrayList<>();
        for (FormFile f : files) {
            FileContent content = uploads.find(f.getSha256())
                    .map(NewAttachment::content)
                    .or(() -> catalog.attachmentContent(f.getSha256()).map(FileContent::of))
                    .orElseThrow(() -> new InvalidInputException(
                            List.of(FieldError.of(FIELD, "editor.file.missing", f.getFileName()))));
            result.add(new NewAttachment(
                    f.getFileName(), f.getMediaType(), content, DocumentForm.blankToNull(f.getDescription())));
        }
        return result;
    }

    /** The part of the form's snapshot the files make: which files, with which descriptions. */
    String snapshot() {
        StringBuilder text = new StringBuilder();
        for (FormFile f : files) {
            text.append(f.getSha256())
                    .append('|')
                    .append(DocumentForm.blankToNull(f.getDescription()))
                    .append('\u0000');
        }
        return text.toString();
    }

    /** The rows the citizens' page would show, linked to the panel's own file servlet. */
    List<DocumentSheet.AttachmentRow> rows() {
        return files.stream()
                .map(f -> {
                    String url = "/panel/plik/" + f.getSha256() + "?typ=" + f.getMediaType() + "&nazwa="
                            + URLEncoder.encode(f.getFileName(), StandardCharsets.UTF_8);
                    // the preview is seen by one clerk: the file itself stands in for its thumbnail
                    return new DocumentSheet.AttachmentRow(
                            f.getFileName(),
                            f.getMediaType(),
                            f.getSize(),
                            f.getSha256(),
                            DocumentForm.blankToNull(f.getDescription()),
                            url,
                            f.isImage(),
                            url);
                })
                .toList();
    }

    private static String mediaTypeOf(Part file) {
        String name = file.getSubmittedFileName().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? file.getContentType() : BY_EXTENSION.getOrDefault(name.substring(dot), file.getContentType());
    }

    private static String baseName(String fileName) {
        String name = fileName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    public List<FormFile> getFiles() {
        return files;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String getUploadDescription() {
        return uploadDescription;
    }

    public void setUploadDescription(String uploadDescription) {
        this.uploadDescription = uploadDescription;
    }
}
