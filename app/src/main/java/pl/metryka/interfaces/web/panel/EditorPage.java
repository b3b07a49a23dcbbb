package pl.metryka.interfaces.web.panel;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.Part;
import pl.metryka.application.AmendCommand;
import pl.metryka.application.AmendmentProposals;
import pl.metryka.domain.model.document.AmendmentProposal;
import pl.metryka.application.AttachmentPolicy;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.application.DraftCommand;
import pl.metryka.application.NewAttachment;
import pl.metryka.domain.model.document.FileContent;
import pl.metryka.application.PodmiotSettings;
import pl.metryka.application.PublishingService;
import pl.metryka.application.diff.WordDiff;
import pl.metryka.domain.model.category.Category;
import pl.metryka.domain.model.document.Attachment;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.DocumentStateException;
import pl.metryka.domain.model.document.DocumentStatus;
import pl.metryka.domain.model.document.DraftConflictException;
import pl.metryka.domain.model.document.Revision;
import pl.metryka.domain.model.document.RevisionConflictException;
import pl.metryka.domain.model.document.Withholding;
import pl.metryka.domain.shared.FieldError;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.infrastructure.html.BodySanitizer;
import pl.metryka.interfaces.web.citizen.DocumentSheet;
import pl.metryka.interfaces.web.shared.Formats;
import pl.metryka.interfaces.web.shared.Language;

/**
 * {@code /panel/edytor.xhtml[?id=]}: a new document, a draft, or a published document to amend,
 * withdraw or archive. One view, in steps: the form; a confirmation that shows exactly what will
 * become public (rendered with the citizens' own includes); and, when someone else changed the
 * document meanwhile, a conflict with a diff against the current version — the clerk's own text
 * stays in the form. Every action goes to {@link PublishingService}, which checks the role.
 */
@Named("editor")
@ViewScoped
public class EditorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Domain field names → component ids of the form "edytor". */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("title", "title"), Map.entry("categoryId", "category"), Map.entry("author", "author"),
            Map.entry("authorPosition", "authorPosition"), Map.entry("createdOn", "createdOn"), Map.entry("body", "body"),
            Map.entry("attachments", "upload"), Map.entry("reason", "reason"), Map.entry("withholding", "withheldScope"), Map.entry("withheld.inInterestOf", "withheldInInterestOf"),
            Map.entry("legalBasis", "withdrawBasis"), Map.entry("scheduleAt", "scheduleAt"));

    public enum Step { EDIT, CONFIRM_PUBLISH, CONFIRM_AMEND, CONFIRM_WITHDRAW, CONFIRM_ARCHIVE, CONFLICT }

    /** A file of the form: already stored ({@code sha256} of a saved revision) or just uploaded. */
    public static final class FormFile implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String fileName;
        private final String mediaType;
        private final long size;
        private final String sha256;
        private String description;

        FormFile(String fileName, String mediaType, long size, String sha256, String description) {
            this.fileName = fileName;
            this.mediaType = mediaType;
            this.size = size;
            this.sha256 = sha256;
            this.description = description;
        }

        public String getFileName() { return fileName; }
        public String getMediaType() { return mediaType; }
        public long getSize() { return size; }
        public String getSha256() { return sha256; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public boolean isImage() { return mediaType.startsWith("image/"); }
    }

    @Inject
    private PublishingService publishing;
    @Inject
    private DocumentCatalog catalog;
    @Inject
    private AmendmentProposals proposals;
    @Inject
    private PodmiotSettings podmiot;
    @Inject
    private BodySanitizer sanitizer;
    @Inject
    private UploadedFiles uploads;
    @Inject
    private PanelBean panel;
    @Inject
    private Language lang;
    @Inject
    private Formats fmt;

    private Long id;
    private boolean loaded;
    private DocumentStatus status;
    private boolean archived;
    private String slug;
    private Integer baseRevision;
    private Instant draftSavedAt;
    private String enteredBy;
    private Instant createdAt;
    private Instant publishedAt;

    private String title;
    private Long categoryId;
    private String author;
    private String authorPosition;
    private LocalDate createdOn;
    private String body;
    private String reason;
    private String withheldScope;
    private String withheldBasis;
    private String withheldBy;
    private String withheldInInterestOf;
    private String withdrawReason;
    private String withdrawBasis;
    private String archiveReason;
    private String scheduleAt;
    private final List<FormFile> files = new ArrayList<>();
    private transient Part upload;
    private String uploadDescription;

    /** The saved draft as the form had it, to tell whether "publish" must save first. */
    private String savedSnapshot;
    private Long proposalId;
    private String proposedBy;
    private Step step = Step.EDIT;
    private String conflictDiff;
    private String conflictTitle;
    private String conflictBody;
    private int conflictRevision;

    /** Called by f:viewAction on GET: loads the document named by {@code ?id=}. */
    public void load() {
        if (loaded || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        loaded = true;
        if (id == null) {
            createdOn = LocalDate.now(Formats.ZONE);
            return;
        }
        Document document = catalog.visibleDocument(id).orElse(null);
        if (document == null) {
            FieldMessages.global(lang.text("editor.notFound"));
            id = null;
            return;
        }
        fillFrom(document);
    }

    private void fillFrom(Document document) {
        Revision current = document.currentRevision();
        status = document.status();
        archived = document.archived();
        slug = document.slug();
        baseRevision = document.currentRevisionNumber();
        draftSavedAt = document.currentRevisionNumber() == null ? current.savedAt() : null;
        enteredBy = document.revisions().get(0).metryka().editorName();
        createdAt = document.createdAt();
        publishedAt = document.firstPublishedAt();
        title = current.title();
        categoryId = document.category().id();
        author = current.metryka().author();
        authorPosition = current.metryka().authorPosition();
        createdOn = current.metryka().createdOn();
        body = current.body();
        Withholding w = current.withholding();
        withheldScope = w == null ? null : w.scope();
        withheldBasis = w == null ? null : w.legalBasis();
        withheldBy = w == null ? null : w.decidedBy();
        withheldInInterestOf = w == null ? null : w.inInterestOf();
        files.clear();
        for (Attachment a : current.attachments()) {
            files.add(new FormFile(a.fileName(), a.mediaType(), a.size(), a.sha256(), a.description()));
        }
        savedSnapshot = snapshot();
    }

    /** The form's content in comparable form (the body as the sanitizer would store it). */
    private String snapshot() {
        StringBuilder text = new StringBuilder();
        for (Object value : new Object[] {title, categoryId, author, authorPosition, createdOn, sanitizer.sanitize(body)}) {
            text.append(value == null ? "" : value.toString().strip()).append('\u0000');
        }
        for (FormFile f : files) {
            text.append(f.getSha256()).append('|').append(blankToNull(f.getDescription())).append('\u0000');
        }
        return text.toString();
    }

    // ---- what the page may show ----

    public boolean isNew() { return id == null; }
    public boolean isDraft() { return status == DocumentStatus.DRAFT || status == DocumentStatus.SCHEDULED; }
    public boolean isPublished() { return status == DocumentStatus.PUBLISHED; }
    public boolean isEditable() { return isNew() || isDraft() || isPublished() && panel.isClerk(); }
    /** A REDAKTOR amends by proposing; a REDAKTOR_NACZELNY publishes. */
    public boolean isProposing() { return isPublished() && !panel.isNaczelny(); }
    public boolean isAmending() { return isPublished(); }
    public boolean isCanPublish() { return panel.isNaczelny() && isDraft(); }
    public boolean isCanWithdraw() { return panel.isNaczelny() && isPublished(); }
    public boolean isCanArchive() { return panel.isNaczelny() && !archived && (isPublished() || status == DocumentStatus.WITHDRAWN); }

    public List<Category> getCategories() {
        return catalog.categories();
    }

    /** A category as the picker shows it: its whole path in the menu tree. */
    public String pathOf(Category category) {
        return String.join(" › ", category.path().stream().map(Category::name).toList());
    }

    public String getPublicUrl() {
        return slug == null ? null : "/dokument/" + slug;
    }

    // ---- attachments ----

    public void addFile() {
        if (upload == null || upload.getSize() == 0) {
            FieldMessages.show(new FieldError("attachments", lang.text("editor.file.none")), "edytor", FIELDS);
            return;
        }
        // the servlet keeps a large part on disk (web.xml file-size-threshold); so does the editor
        FileContent content;
        try (java.io.InputStream in = upload.getInputStream()) {
            content = FileContent.spool(in, uploads.newFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        NewAttachment file = new NewAttachment(baseName(upload.getSubmittedFileName()), mediaTypeOf(upload), content,
                blankToNull(uploadDescription));
        List<FieldError> problems = AttachmentPolicy.check(file, "attachments");
        if (!problems.isEmpty()) {
            problems.forEach(p -> FieldMessages.show(p, "edytor", FIELDS));
            return;
        }
        String sha = uploads.keep(file);
        files.add(new FormFile(file.fileName(), file.mediaType(), file.content().size(), sha, file.description()));
        uploadDescription = null;
    }

    public void removeFile(FormFile file) {
        files.remove(file);
    }

    private List<NewAttachment> attachments() {
        List<NewAttachment> result = new ArrayList<>();
        for (FormFile f : files) {
            FileContent content = uploads.find(f.getSha256()).map(NewAttachment::content)
                    .or(() -> catalog.attachmentContent(f.getSha256()).map(FileContent::of))
                    .orElseThrow(() -> new InvalidInputException("attachments", "Brak treści pliku " + f.getFileName() + "."));
            result.add(new NewAttachment(f.getFileName(), f.getMediaType(), content, blankToNull(f.getDescription())));
        }
        return result;
    }

    // ---- actions ----

    public String saveDraft() {
        try {
            DraftCommand command = draftCommand();
            if (isNew()) {
                Document created = publishing.createDraft(command);
                return redirectToSelf(created.id(), "zapisano");
            }
            Document revised = publishing.reviseDraft(id, draftSavedAt, command);
            draftSavedAt = revised.currentRevision().savedAt();
            savedSnapshot = snapshot();
            info("editor.saved");
            return null;
        } catch (InvalidInputException e) {
            FieldMessages.show(e, "edytor", FIELDS);
        } catch (DraftConflictException e) {
            conflict(e.getMessage());
        } catch (DocumentStateException e) {
            FieldMessages.global(e.getMessage());
        }
        return null;
    }

    /**
     * Saves the draft if the form changed it (otherwise the person who entered it stays the
     * metryka's "osoba wprowadzająca"), then shows what will become public.
     */
    public void askPublish() {
        if (snapshot().equals(savedSnapshot)) {
            step = Step.CONFIRM_PUBLISH;
            return;
        }
        if (saveDraft() == null && !FacesContext.getCurrentInstance().getMessageList().stream()
                .anyMatch(m -> m.getSeverity() == FacesMessage.SEVERITY_ERROR)) {
            step = Step.CONFIRM_PUBLISH;
        }
    }

    public String confirmPublish() {
        try {
            Instant at = parseScheduleAt();
            if (at == null) {
                publishing.publish(id);
            } else {
                publishing.schedule(id, at);
            }
            return redirectToSelf(id, at == null ? "opublikowano" : "zaplanowano");
        } catch (InvalidInputException e) {
            step = Step.EDIT;
            FieldMessages.show(e, "edytor", FIELDS);
        } catch (DocumentStateException e) {
            step = Step.EDIT;
            FieldMessages.global(e.getMessage());
        }
        return null;
    }

    public void askAmend() {
        if (reason == null || reason.isBlank()) {
            FieldMessages.show(new FieldError("reason", "Powód zmiany jest wymagany."), "edytor", FIELDS);
            return;
        }
        step = Step.CONFIRM_AMEND;
    }

    public String confirmAmend() {
        try {
            AmendCommand.WithheldPart withheld = blankToNull(withheldScope) == null && blankToNull(withheldBasis) == null
                    && blankToNull(withheldBy) == null && blankToNull(withheldInInterestOf) == null ? null
                    : new AmendCommand.WithheldPart(withheldScope, withheldBasis, withheldBy, withheldInInterestOf);
            AmendCommand command = new AmendCommand(title, body, author, authorPosition, createdOn, reason, baseRevision,
                    withheld, attachments());
            if (proposalId == null) {
                publishing.amend(id, command);
            } else {
                proposals.publish(proposalId, command);
            }
            return redirectToSelf(id, "zmieniono");
        } catch (InvalidInputException e) {
            step = Step.EDIT;
            FieldMessages.show(e, "edytor", FIELDS);
        } catch (RevisionConflictException e) {
            conflict(e.getMessage());
        } catch (DocumentStateException e) {
            step = Step.EDIT;
            FieldMessages.global(e.getMessage());
        }
        return null;
    }

    public String propose() {
        try {
            proposals.propose(id, new AmendCommand(title, body, author, authorPosition, createdOn, reason, baseRevision, null, null));
            return redirectToSelf(id, "zaproponowano");
        } catch (InvalidInputException e) {
            FieldMessages.show(e, "edytor", FIELDS);
        } catch (DocumentStateException e) {
            FieldMessages.global(e.getMessage());
        }
        return null;
    }

    /** Open proposals of this document (for a REDAKTOR_NACZELNY to publish or reject). */
    public List<AmendmentProposal> getProposals() {
        return id == null || !isPublished() ? List.of() : proposals.openFor(id);
    }

    /** Puts a proposal into the form, based on the revision it was written against, so a stale one shows as a conflict. */
    public void loadProposal(AmendmentProposal proposal) {
        proposalId = proposal.id();
        proposedBy = proposal.proposedByName();
        title = proposal.title();
        body = proposal.body();
        author = proposal.author();
        authorPosition = proposal.authorPosition();
        createdOn = proposal.createdOn();
        reason = proposal.reason();
        baseRevision = proposal.baseRevision();
        step = Step.EDIT;
        String text = lang.text("editor.proposal.loaded") + " " + proposal.proposedByName() + ".";
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    public String rejectProposal(AmendmentProposal proposal) {
        proposals.reject(proposal.id());
        return redirectToSelf(id, "odrzucono");
    }

    public void askWithdraw() {
        List<FieldError> errors = new ArrayList<>();
        if (withdrawReason == null || withdrawReason.isBlank()) {
            errors.add(new FieldError("withdrawReason", "Powód wycofania jest wymagany."));
        }
        if (withdrawBasis == null || withdrawBasis.isBlank()) {
            errors.add(new FieldError("legalBasis", "Podstawa prawna wycofania jest wymagana."));
        }
        if (!errors.isEmpty()) {
            FieldMessages.show(new InvalidInputException(errors), "edytor", withdrawFields());
            return;
        }
        step = Step.CONFIRM_WITHDRAW;
    }

    public String confirmWithdraw() {
        try {
            publishing.withdraw(id, withdrawReason, withdrawBasis);
            return redirectToSelf(id, "wycofano");
        } catch (InvalidInputException e) {
            step = Step.EDIT;
            FieldMessages.show(e, "edytor", withdrawFields());
        } catch (DocumentStateException e) {
            step = Step.EDIT;
            FieldMessages.global(e.getMessage());
        }
        return null;
    }

    public void askArchive() {
        step = Step.CONFIRM_ARCHIVE;
    }

    public String confirmArchive() {
        try {
            publishing.archive(id, blankToNull(archiveReason));
            return redirectToSelf(id, "zarchiwizowano");
        } catch (DocumentStateException e) {
            step = Step.EDIT;
            FieldMessages.global(e.getMessage());
        }
        return null;
    }

    public void backToForm() {
        step = Step.EDIT;
    }

    /** After a conflict: the form keeps the clerk's text and is now based on the current version. */
    private void conflict(String message) {
        Document current = catalog.visibleDocument(id).orElseThrow();
        Revision now = current.currentRevision();
        conflictTitle = now.title();
        conflictBody = now.body();
        conflictRevision = now.number();
        conflictDiff = WordDiff.compare(now.body(), sanitizer.sanitize(body)).toHtml();
        baseRevision = current.currentRevisionNumber();
        draftSavedAt = current.currentRevisionNumber() == null ? now.savedAt() : null;
        status = current.status();
        step = Step.CONFLICT;
        FieldMessages.global(message);
    }

    // ---- the preview: the citizens' includes fed with the form's content ----

    /** What {@code content.xhtml} and {@code metryka.xhtml} read as {@code page}. */
    public final class Preview {
        public record Text(String title, String body) {
        }

        public Text getRevision() {
            return new Text(title, sanitizer.sanitize(body));
        }

        public Withholding getWithholding() {
            return blankToNull(withheldScope) == null ? null : new Withholding(withheldScope, withheldBasis, withheldBy, withheldInInterestOf);
        }

        public List<DocumentSheet.AttachmentRow> getAttachments() {
            return files.stream().map(f -> new DocumentSheet.AttachmentRow(f.getFileName(), f.getMediaType(), f.getSize(),
                    f.getSha256(), blankToNull(f.getDescription()), "/panel/plik/" + f.getSha256() + "?typ="
                    + f.getMediaType() + "&nazwa=" + java.net.URLEncoder.encode(f.getFileName(), java.nio.charset.StandardCharsets.UTF_8),
                    f.isImage())).toList();
        }

        public List<DocumentSheet.AttachmentRow> getImages() {
            return getAttachments().stream().filter(DocumentSheet.AttachmentRow::image).toList();
        }

        public List<DocumentSheet.Row> getMetryka() {
            List<DocumentSheet.Row> rows = new ArrayList<>();
            rows.add(new DocumentSheet.Row("issuer", lang.text("doc.issuer"), podmiot.name(), null));
            rows.add(new DocumentSheet.Row("author", lang.text("doc.author"), author + ", " + authorPosition, null));
            rows.add(new DocumentSheet.Row("createdOn", lang.text("doc.createdOn"), createdOn == null ? "" : fmt.date(createdOn),
                    createdOn == null ? null : fmt.isoDate(createdOn)));
            if (step == Step.CONFIRM_AMEND) {
                // the metryka the new version will have (compliance-docs/metryka.md): its own editor and moment
                rows.add(new DocumentSheet.Row("editor", lang.text("doc.editor"), panel.getUserName(), null));
                rows.add(new DocumentSheet.Row("publishedAt", lang.text("doc.versionPublishedAt"), lang.text("editor.preview.onConfirm"), null));
                rows.add(new DocumentSheet.Row("firstPublishedAt", lang.text("doc.firstPublishedAt"), fmt.dateTime(publishedAt),
                        fmt.iso(publishedAt)));
                rows.add(new DocumentSheet.Row("reason", lang.text("doc.history.reason"), reason, null));
                rows.add(new DocumentSheet.Row("version", lang.text("doc.version"), Integer.toString(baseRevision + 1), null));
            } else {
                rows.add(new DocumentSheet.Row("editor", lang.text("doc.editor"), enteredBy, null));
                Instant at = parseScheduleAtQuietly();
                rows.add(new DocumentSheet.Row("publishedAt", lang.text("doc.versionPublishedAt"),
                        at == null ? lang.text("editor.preview.onConfirm") : fmt.dateTime(at), null));
                rows.add(new DocumentSheet.Row("version", lang.text("doc.version"), "1", null));
            }
            return rows;
        }
    }

    public Preview getPreview() {
        return new Preview();
    }

    // ---- helpers ----

    private DraftCommand draftCommand() {
        return new DraftCommand(title, categoryId, author, authorPosition, createdOn, body, attachments());
    }

    private Instant parseScheduleAt() {
        if (scheduleAt == null || scheduleAt.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(scheduleAt.strip()).atZone(Formats.ZONE).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("scheduleAt", "Podaj datę i godzinę publikacji.");
        }
    }

    private Instant parseScheduleAtQuietly() {
        try {
            return parseScheduleAt();
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private Map<String, String> withdrawFields() {
        Map<String, String> map = new HashMap<>(FIELDS);
        map.put("reason", "withdrawReason");
        map.put("withdrawReason", "withdrawReason");
        return map;
    }

    private String redirectToSelf(long documentId, String done) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/panel/edytor.xhtml?id=" + documentId + "&" + done + "=1");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
        return null;
    }

    private void info(String key) {
        String text = lang.text(key);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    private static String mediaTypeOf(Part file) {
        String name = file.getSubmittedFileName().toLowerCase(java.util.Locale.ROOT);
        Map<String, String> byExtension = Map.of(".pdf", "application/pdf", ".doc", "application/msword",
                ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ".odt", "application/vnd.oasis.opendocument.text", ".xls", "application/vnd.ms-excel",
                ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ".ods", "application/vnd.oasis.opendocument.spreadsheet", ".jpg", "image/jpeg", ".jpeg", "image/jpeg",
                ".png", "image/png");
        int dot = name.lastIndexOf('.');
        return dot < 0 ? file.getContentType() : byExtension.getOrDefault(name.substring(dot), file.getContentType());
    }

    private static String baseName(String fileName) {
        String name = fileName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // ---- properties ----

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public DocumentStatus getStatus() { return status; }
    public boolean isArchived() { return archived; }
    public Integer getBaseRevision() { return baseRevision; }
    public String getEnteredBy() { return enteredBy == null ? panel.getUserName() : enteredBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public String getAuthor() { return author; }
    public void setAuthor(String author) { this.author = author; }
    public String getAuthorPosition() { return authorPosition; }
    public void setAuthorPosition(String authorPosition) { this.authorPosition = authorPosition; }
    public LocalDate getCreatedOn() { return createdOn; }
    public void setCreatedOn(LocalDate createdOn) { this.createdOn = createdOn; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getWithheldScope() { return withheldScope; }
    public void setWithheldScope(String withheldScope) { this.withheldScope = withheldScope; }
    public String getWithheldBasis() { return withheldBasis; }
    public void setWithheldBasis(String withheldBasis) { this.withheldBasis = withheldBasis; }
    public String getWithheldBy() { return withheldBy; }
    public void setWithheldBy(String withheldBy) { this.withheldBy = withheldBy; }
    public String getWithheldInInterestOf() { return withheldInInterestOf; }
    public void setWithheldInInterestOf(String withheldInInterestOf) { this.withheldInInterestOf = withheldInInterestOf; }
    public String getWithdrawReason() { return withdrawReason; }
    public void setWithdrawReason(String withdrawReason) { this.withdrawReason = withdrawReason; }
    public String getWithdrawBasis() { return withdrawBasis; }
    public void setWithdrawBasis(String withdrawBasis) { this.withdrawBasis = withdrawBasis; }
    public String getArchiveReason() { return archiveReason; }
    public void setArchiveReason(String archiveReason) { this.archiveReason = archiveReason; }
    public String getScheduleAt() { return scheduleAt; }
    public void setScheduleAt(String scheduleAt) { this.scheduleAt = scheduleAt; }
    public List<FormFile> getFiles() { return files; }
    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
    public String getUploadDescription() { return uploadDescription; }
    public void setUploadDescription(String uploadDescription) { this.uploadDescription = uploadDescription; }
    public Step getStep() { return step; }
    public Long getProposalId() { return proposalId; }
    public String getProposedBy() { return proposedBy; }
    public String getConflictDiff() { return conflictDiff; }
    public String getConflictTitle() { return conflictTitle; }
    public String getConflictBody() { return conflictBody; }
    public int getConflictRevision() { return conflictRevision; }
}
