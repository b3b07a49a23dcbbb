package pl.metryka.interfaces.web.panel.editor;

import static pl.metryka.interfaces.web.panel.editor.EditorFields.DOCUMENT;
import static pl.metryka.interfaces.web.panel.editor.EditorFields.FORM;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import pl.metryka.application.AmendmentProposals;
import pl.metryka.application.BodySanitizer;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.application.PodmiotSettings;
import pl.metryka.application.PublishingService;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.shared.FieldError;
import pl.metryka.domain.shared.Moment;
import pl.metryka.interfaces.web.panel.PanelBean;
import pl.metryka.interfaces.web.panel.UploadedFiles;
import pl.metryka.interfaces.web.panel.editor.EditorSteps.Step;
import pl.metryka.interfaces.web.shared.FieldMessages;
import pl.metryka.interfaces.web.shared.Formats;
import pl.metryka.interfaces.web.shared.Language;

/**
 * {@code /panel/edytor.xhtml[?id=]}: a new document, a draft, or a published document to amend,
 * withdraw or archive. One view, in steps ({@link EditorSteps}): the form; a confirmation that
 * shows exactly what will become public ({@link EditorPreview}); and, when someone else changed
 * the document meanwhile, a {@link Conflict} — the clerk's own text stays in the form. Every
 * action goes to {@link PublishingService} or {@link AmendmentProposals}, which check the role.
 */
@Named("editor")
@ViewScoped
public class EditorPage implements Serializable {

    private static final long serialVersionUID = 1L;

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
    private final DocumentFacts facts = new DocumentFacts();
    private final DocumentForm form = new DocumentForm();
    private final AttachmentList attachments = new AttachmentList();
    private final DispositionForm disposition = new DispositionForm();
    private final EditorSteps steps = new EditorSteps();
    private Conflict conflict;
    /** The saved draft as the form had it, to tell whether "publish" must save first. */
    private String savedSnapshot;
    /** The proposal loaded into the form, which "amend" then publishes. */
    private Long proposalId;

    /** Called by f:viewAction on GET: loads the document named by {@code ?id=}. */
    public void load() {
        if (loaded || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        loaded = true;
        if (id == null) {
            form.setCreatedOn(LocalDate.now(Moment.POLAND));
            return;
        }
        Document document = catalog.visibleDocument(id).orElse(null);
        if (document == null) {
            FieldMessages.global(lang.text("editor.notFound"));
            id = null;
            return;
        }
        facts.fillFrom(document);
        form.fillFrom(document.currentRevision(), document.category().id());
        attachments.fillFrom(document.currentRevision().attachments());
        savedSnapshot = snapshot();
    }

    private String snapshot() {
        return form.snapshot(sanitizer.sanitize(form.getBody())) + attachments.snapshot();
    }

    /** What the clerk may do here (the page's buttons and fields); the services check the roles again. */
    public EditorPermissions getMay() {
        return new EditorPermissions(id == null, facts, panel.isClerk(), panel.isNaczelny());
    }

    /** What the action before the redirect did, or {@code null}. */
    public EditorResult getResult() {
        return EditorResult.of((HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    // ---- attachments ----

    public void addFile() {
        attachments.add(uploads).forEach(problem -> FieldMessages.show(problem, FORM, DOCUMENT));
    }

    public void removeFile(FormFile file) {
        attachments.remove(file);
    }

    // ---- actions ----

    public String saveDraft() {
        if (!attachments.takeChosen(uploads)) {
            return null;
        }
        return attempt(DOCUMENT, () -> {
            if (id == null) {
                return EditorResult.SAVED.redirect(publishing
                        .createDraft(form.draft(attachments.toNew(uploads, catalog)))
                        .id());
            }
            Document revised =
                    publishing.reviseDraft(id, facts.draftSavedAt(), form.draft(attachments.toNew(uploads, catalog)));
            facts.draftSaved(revised.currentRevision().savedAt());
            savedSnapshot = snapshot();
            info(lang.text("editor.saved"));
            return null;
        });
    }

    /**
     * Saves the draft if the form changed it (otherwise the person who entered it stays the
     * metryka's "osoba wprowadzająca"), then shows what will become public.
     */
    public void askPublish() {
        if (!attachments.takeChosen(uploads)) {
            return;
        }
        if (snapshot().equals(savedSnapshot)) {
            steps.ask(Step.CONFIRM_PUBLISH);
            return;
        }
        if (saveDraft() == null
                && !FacesContext.getCurrentInstance().getMessageList().stream()
                        .anyMatch(m -> m.getSeverity() == FacesMessage.SEVERITY_ERROR)) {
            steps.ask(Step.CONFIRM_PUBLISH);
        }
    }

    public String confirmPublish() {
        return attempt(DOCUMENT, () -> {
            Instant at = disposition.scheduledAt();
            if (at == null) {
                publishing.publish(id);
            } else {
                publishing.schedule(id, at);
            }
            return (at == null ? EditorResult.PUBLISHED : EditorResult.SCHEDULED).redirect(id);
        });
    }

    public void askAmend() {
        if (!attachments.takeChosen(uploads)) {
            return;
        }
        if (form.hasReason()) {
            steps.ask(Step.CONFIRM_AMEND);
        } else {
            FieldMessages.show(FieldError.of("reason", "amendment.reason.required"), FORM, DOCUMENT);
        }
    }

    public String confirmAmend() {
        return attempt(DOCUMENT, () -> {
            var command = form.amendment(facts.getBaseRevision(), attachments.toNew(uploads, catalog));
            if (proposalId == null) {
                publishing.amend(id, command);
            } else {
                proposals.publish(proposalId, command);
            }
            return EditorResult.AMENDED.redirect(id);
        });
    }

    public String propose() {
        return attempt(DOCUMENT, () -> {
            proposals.propose(id, form.proposal(facts.getBaseRevision()));
            return EditorResult.PROPOSED.redirect(id);
        });
    }

    public void backToForm() {
        steps.back();
    }

    /** Runs an action of this page or of its parts ({@link DispositionActions}, {@link ProposalReview}). */
    String attempt(Map<String, String> fields, Supplier<String> action) {
        return Refusals.attempt(steps, fields, this::conflict, action);
    }

    /** After a conflict: the form keeps the clerk's text and is now based on the current version. */
    private void conflict(String message) {
        Document current = catalog.visibleDocument(id).orElseThrow();
        conflict = Conflict.between(current.currentRevision(), sanitizer.sanitize(form.getBody()));
        facts.rebase(current);
        steps.conflict();
        FieldMessages.global(message);
    }

    public EditorPreview getPreview() {
        var context = new EditorPreview.Context(
                podmiot.name(),
                facts.enteredBy(),
                panel.getUserName(),
                facts.getPublishedAt(),
                facts.getBaseRevision(),
                disposition.scheduledAtIfValid(),
                steps.current() == Step.CONFIRM_AMEND);
        return new EditorPreview(form, sanitizer.sanitize(form.getBody()), attachments, context, lang, fmt);
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    // ---- the parts of the page ----

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getEnteredBy() {
        return facts.enteredBy() == null ? panel.getUserName() : facts.enteredBy();
    }

    public DocumentFacts getFacts() {
        return facts;
    }

    public DocumentForm getForm() {
        return form;
    }

    public AttachmentList getAttachments() {
        return attachments;
    }

    public DispositionForm getDisposition() {
        return disposition;
    }

    public Step getStep() {
        return steps.current();
    }

    public Conflict getConflict() {
        return conflict;
    }

    EditorSteps steps() {
        return steps;
    }

    /** Marks the amendment in the form as this proposal's, so confirming it publishes the proposal. */
    void proposalLoaded(Long proposalId) {
        this.proposalId = proposalId;
    }
}
