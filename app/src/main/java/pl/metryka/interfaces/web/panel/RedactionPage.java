package pl.metryka.interfaces.web.panel;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import pl.metryka.application.CurrentUser;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.application.NotFoundException;
import pl.metryka.application.RedactionWork;
import pl.metryka.application.Redactions;
import pl.metryka.domain.model.account.Role;
import pl.metryka.domain.model.document.Attachment;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.DocumentStateException;
import pl.metryka.domain.model.document.Redaction;
import pl.metryka.domain.model.document.Revision;
import pl.metryka.domain.shared.FieldError;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.interfaces.web.panel.RedactionOptions.AttachmentOption;
import pl.metryka.interfaces.web.panel.RedactionOptions.VersionOption;
import pl.metryka.interfaces.web.shared.FieldMessages;
import pl.metryka.interfaces.web.shared.Language;

/**
 * {@code /panel/usuniecie.xhtml?dokument=ID}: a REDAKTOR_NACZELNY removes a passage or an
 * attachment from published versions (redaction). Two steps: the preview shows every occurrence
 * that would disappear, in context, and the stub that replaces it; only then "Usuń na stałe"
 * goes through {@link Redactions}, the same service the API uses, with exactly the previewed
 * choice (any change to the form after the preview asks for a new preview). Its buttons are
 * PrimeFaces ones: their script adds the CSP nonce that every postback must carry.
 */
@Named("redactionPage")
@ViewScoped
public class RedactionPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "usuniecie";
    private static final Map<String, String> FIELDS = Map.of(
            "text",
            "tekst",
            "attachment",
            "zalacznik",
            "revisions",
            "wersje",
            "reason",
            "powod",
            "legalBasis",
            "podstawa");

    @Inject
    private transient Redactions redactions;

    @Inject
    private transient DocumentCatalog catalog;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Language lang;

    private Long documentId;
    private String title;
    private String slug;
    private final List<VersionOption> versions = new ArrayList<>();
    private final List<AttachmentOption> attachmentOptions = new ArrayList<>();
    private boolean allVersions = true;
    private List<String> chosenVersions = new ArrayList<>();
    private String kind = "TEXT";
    private String text;
    private String attachment;
    private String reason;
    private String legalBasis;
    private List<RedactionWork.Occurrence> preview;
    private String previewStub;
    private RedactionWork.Request previewed;
    private String done;

    /** Called by the view's f:viewAction. */
    public void load() {
        if (documentId == null) {
            return;
        }
        Document document =
                catalog.visibleDocument(documentId).filter(Document::isPublic).orElse(null);
        if (document == null) {
            documentId = null;
            return;
        }
        title = document.currentRevision().title();
        slug = document.slug();
        versions.clear();
        attachmentOptions.clear();
        for (Revision r : document.publishedRevisions()) {
            versions.add(new VersionOption(
                    r.number(),
                    lang.text("redaction.version") + " " + r.number()
                            + (r.isRedacted() ? " (" + lang.text("redaction.alreadyRedacted") + ")" : "")));
            for (Attachment a : r.attachments()) {
                attachmentOptions.add(new AttachmentOption(
                        r.number() + "/" + a.position(),
                        lang.text("redaction.version") + " " + r.number() + ": " + a.fileName()));
            }
        }
    }

    public boolean isAllowed() {
        return currentUser.isInRole(Role.Names.REDAKTOR_NACZELNY);
    }

    public String showPreview() {
        RedactionWork.Request request = request();
        if (request == null) {
            return null;
        }
        attempt(() -> {
            RedactionWork.Preview p = redactions.preview(documentId, request);
            preview = p.occurrences();
            previewStub = p.stub();
            previewed = request;
        });
        return null;
    }

    public String confirm() {
        RedactionWork.Request request = request();
        if (request == null) {
            return null;
        }
        if (previewed == null || !sameChoice(previewed, request)) {
            clearPreview();
            FieldMessages.global(lang.text("redaction.previewFirst"));
            return null;
        }
        attempt(() -> {
            Redaction made = redactions.redact(documentId, request);
            done = lang.text("redaction.done") + " " + made.revisionNumbers() + ": " + made.stub();
            clearPreview();
            text = null;
            load();
        });
        return null;
    }

    /** Runs a step of the form; a refusal clears the preview (it no longer shows what would go) and says why. */
    private void attempt(Runnable step) {
        try {
            step.run();
        } catch (InvalidInputException e) {
            clearPreview();
            FieldMessages.show(e, FORM, FIELDS);
        } catch (DocumentStateException e) {
            clearPreview();
            FieldMessages.global(e.reason());
        } catch (NotFoundException e) {
            clearPreview();
            FieldMessages.global(e.getMessage());
        } catch (EJBAccessException e) {
            clearPreview();
            FieldMessages.global(lang.text("redaction.onlyChief"));
        }
    }

    private static boolean sameChoice(RedactionWork.Request a, RedactionWork.Request b) {
        return Objects.equals(a.revisions(), b.revisions())
                && Objects.equals(a.text(), b.text())
                && Objects.equals(a.attachmentRevision(), b.attachmentRevision())
                && Objects.equals(a.attachmentPosition(), b.attachmentPosition())
                && Objects.equals(a.reason(), b.reason())
                && Objects.equals(a.legalBasis(), b.legalBasis());
    }

    private void clearPreview() {
        preview = null;
        previewStub = null;
        previewed = null;
    }

    /** The form as the service's request; null (with the field's error shown) when the form itself is incomplete. */
    private RedactionWork.Request request() {
        done = null;
        List<Integer> numbers = null;
        if (!allVersions) {
            numbers = new ArrayList<>();
            for (String v : chosenVersions == null ? List.<String>of() : chosenVersions) {
                numbers.add(Integer.valueOf(v));
            }
        }
        if ("ATTACHMENT".equals(kind)) {
            if (attachment == null || !attachment.contains("/")) {
                FieldMessages.show(new FieldError("attachment", lang.text("redaction.chooseAttachment")), FORM, FIELDS);
                return null;
            }
            String[] parts = attachment.split("/");
            return new RedactionWork.Request(
                    numbers, null, Integer.valueOf(parts[0]), Integer.valueOf(parts[1]), reason, legalBasis);
        }
        return new RedactionWork.Request(numbers, text, null, null, reason, legalBasis);
    }

    public Long getDocumentId() {
        return documentId;
    }

    public void setDocumentId(Long documentId) {
        this.documentId = documentId;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public List<VersionOption> getVersions() {
        return versions;
    }

    public List<AttachmentOption> getAttachmentOptions() {
        return attachmentOptions;
    }

    public boolean isAllVersions() {
        return allVersions;
    }

    public void setAllVersions(boolean allVersions) {
        this.allVersions = allVersions;
    }

    public List<String> getChosenVersions() {
        return chosenVersions;
    }

    public void setChosenVersions(List<String> chosenVersions) {
        this.chosenVersions = chosenVersions;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getAttachment() {
        return attachment;
    }

    public void setAttachment(String attachment) {
        this.attachment = attachment;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public List<RedactionWork.Occurrence> getPreview() {
        return preview;
    }

    public String getPreviewStub() {
        return previewStub;
    }

    public String getDone() {
        return done;
    }
}
