package pl.metryka.application;

import static pl.metryka.domain.shared.Moment.POLAND;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import pl.metryka.application.search.SearchIndex;
import pl.metryka.domain.model.account.Role;
import pl.metryka.domain.model.category.Category;
import pl.metryka.domain.model.category.CategoryRepository;
import pl.metryka.domain.model.document.AttachmentFile;
import pl.metryka.domain.model.document.AttachmentStore;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.DocumentRepository;
import pl.metryka.domain.model.document.DraftConflictException;
import pl.metryka.domain.model.document.Editor;
import pl.metryka.domain.model.document.Revision;
import pl.metryka.domain.model.document.RevisionContent;
import pl.metryka.domain.model.document.Withholding;
import pl.metryka.domain.model.register.Change;
import pl.metryka.domain.model.register.RegisterAction;
import pl.metryka.domain.shared.FieldError;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.domain.shared.Moment;

/**
 * The clerks' use cases: draft, publish (now or at a time), amend, withdraw, archive. Each runs
 * in one transaction with its register entry; each checks the caller's role on the server. Pages,
 * the REST API and imports all come through here.
 */
@Stateless
public class PublishingService {

    private static final Logger LOG = Logger.getLogger(PublishingService.class.getName());

    @Inject
    private DocumentRepository documents;

    @Inject
    private CategoryRepository categories;

    @Inject
    private AttachmentStore files;

    @Inject
    private ChangeRegister register;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PodmiotSettings podmiot;

    @Inject
    private BodySanitizer bodies;

    @Inject
    private SearchIndex searchIndex;

    @Inject
    private AuditTrail audit;

    @RolesAllowed({Role.Names.REDAKTOR, Role.Names.REDAKTOR_NACZELNY})
    public Document createDraft(DraftCommand command) {
        Editor editor = currentUser.editor();
        Instant now = Moment.now();
        List<FieldError> errors = new ArrayList<>();
        Category category = categoryFor(command.categoryId(), errors);
        RevisionContent content = draftContent(command, errors);
        String slug = SlugMaker.slugFor(content.title(), documents::slugTaken);
        Document document = Document.draft(slug, category, content, editor, podmiot.name(), now);
        documents.store(document);
        // a draft is no public information: the audit log, not the public register, records it
        audit.recordChange(
                editor.username(),
                "DOCUMENT_DRAFT_CREATED",
                "document:" + document.id(),
                "revision 1: " + content.title(),
                null);
        LOG.info(() -> "Draft " + document.id() + " created by " + editor.username());
        return document;
    }

    @RolesAllowed(Role.Names.REDAKTOR_NACZELNY)
    public Document createAndPublish(DraftCommand command) {
        Document document = createDraft(command);
        publish(document.id());
        return document;
    }

    @RolesAllowed({Role.Names.REDAKTOR, Role.Names.REDAKTOR_NACZELNY})
    public Document reviseDraft(long documentId, DraftCommand command) {
        return reviseDraft(documentId, null, command);
    }

    /**
     * New content for a draft, written only if the draft is still as it was when saved at
     * {@code basedOn} (optimistic: two clerks editing one draft; null skips the check).
     */
    @RolesAllowed({Role.Names.REDAKTOR, Role.Names.REDAKTOR_NACZELNY})
    public Document reviseDraft(long documentId, Instant basedOn, DraftCommand command) {
        Editor editor = currentUser.editor();
        Document document = lock(documentId);
        Instant saved = document.currentRevision().savedAt();
        if (basedOn != null && document.currentRevisionNumber() == null && !basedOn.equals(saved)) {
            throw new DraftConflictException(saved);
        }
        List<FieldError> errors = new ArrayList<>();
        Category category =
                command.categoryId() == null ? document.category() : categoryFor(command.categoryId(), errors);
        RevisionContent content = draftContent(command, errors);
        document.moveTo(category);
        document.reviseDraft(content, editor, podmiot.name(), Moment.now());
        documents.store(document);
        return document;
    }

    @RolesAllowed(Role.Names.REDAKTOR_NACZELNY)
    public Revision publish(long documentId) {
        Editor editor = currentUser.editor();
        Document document = lock(documentId);
        Instant now = Moment.now();
        Revision revision = document.publish(podmiot.name(), now);
        recordPublic(document, now, editor, RegisterAction.PUBLISHED, revision, null);
        LOG.info(() -> "Document " + documentId + " published by " + editor.username());
        return revision;
    }

    @RolesAllowed(Role.Names.REDAKTOR_NACZELNY)
    public void schedule(long documentId, Instant at) {
        Editor editor = currentUser.editor();
        Document document = lock(documentId);
        Instant now = Moment.now();
        document.schedule(Moment.of(at), now);
        documents.store(document);
        audit.recordChange(
                editor.username(),
                "DOCUMENT_SCHEDULED",
                "document:" + document.id(),
                "revision 1: " + document.currentRevision().title() + "; publication planned for " + Moment.of(at),
                null);
    }

    @RolesAllowed(Role.Names.REDAKTOR_NACZELNY)
    public Revision amend(long documentId, AmendCommand command) {
        Editor editor = currentUser.editor();
        List<FieldError> errors = new ArrayList<>();
        if (command.baseRevision() == null) {
            errors.add(FieldError.of("baseRevision", "amendment.baseRevision.required"));
        }
        if (command.reason() == null || command.reason().isBlank()) {
            errors.add(FieldError.of("reason", "amendment.reason.required"));
        }
        Withholding withholding = command.withheld() == null
                ? null
                : new Withholding(
                        command.withheld().scope(),
                        command.withheld().legalBasis(),
                        command.withheld().decidedBy(),
                        command.withheld().inInterestOf());
        Document document = lock(documentId);
        List<AttachmentFile> kept = document.isPublic()
                ? document.currentRevision().attachments().stream()
                        .map(a -> a.file())
                        .toList()
                : List.of();
        RevisionContent content = contentOf(
                command.title(),
                command.body(),
                command.author(),
                command.authorPosition(),
                command.createdOn(),
                withholding,
                command.attachments() == null ? null : store(command.attachments()),
                kept,
                errors);
        Instant now = Moment.now();
        Revision revision =
                document.amend(command.baseRevision(), content, command.reason().strip(), editor, podmiot.name(), now);
        recordPublic(
                document,
                now,
                editor,
                RegisterAction.AMENDED,
                revision,
                revision.metryka().reason());
        LOG.info(() ->
                "Document " + documentId + " amended to revision " + revision.number() + " by " + editor.username());
        return revision;
    }

    @RolesAllowed(Role.Names.REDAKTOR_NACZELNY)
    public Document withdraw(long documentId, String reason, String legalBasis) {
        Editor editor = currentUser.editor();
        List<FieldError> errors = new ArrayList<>();
        if (reason == null || reason.isBlank()) {
            errors.add(FieldError.of("reason", "withdrawal.reason.required"));
        }
        if (legalBasis == null || legalBasis.isBlank()) {
            errors.add(FieldError.of("legalBasis", "withdrawal.legalBasis.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Document document = lock(documentId);
        Instant now = Moment.now();
        document.withdraw(reason.strip(), legalBasis.strip(), editor, now);
        String why = reason.strip() + " (podstawa prawna: " + legalBasis.strip() + ")";
        recordPublic(document, now, editor, RegisterAction.WITHDRAWN, document.currentRevision(), why);
        LOG.info(() -> "Document " + documentId + " withdrawn by " + editor.username());
        return document;
    }

    @RolesAllowed(Role.Names.REDAKTOR_NACZELNY)
    public Document archive(long documentId, String reason) {
        Editor editor = currentUser.editor();
        Document document = lock(documentId);
        Instant now = Moment.now();
        document.archive(now);
        recordPublic(document, now, editor, RegisterAction.ARCHIVED, document.currentRevision(), reason);
        return document;
    }

    /**
     * A change the public sees: the document stored, its search row updated and the change's
     * register entry appended, all in the caller's transaction.
     */
    private void recordPublic(
            Document document, Instant now, Editor editor, RegisterAction action, Revision revision, String reason) {
        documents.store(document);
        searchIndex.update(document);
        register.record(Change.of(now, editor.fullName(), action, document.id(), revision, reason));
    }

    /** A move's reason is kept in the register entry; as long as an amendment's reason may be. */
    static final int MAX_MOVE_REASON = 2000;

    /**
     * Moves a published document to another category, with a reason (fields {@code categoryId},
     * {@code reason}). The register records it ({@code MOVED}, the current revision and its
     * unchanged hash) in this transaction, which also puts it in the audit log and, by moving the
     * register's head, makes every instance drop the cached pages of both categories.
     */
    @RolesAllowed(Role.Names.REDAKTOR_NACZELNY)
    public Document moveToCategory(long documentId, Long categoryId, String reason) {
        Editor editor = currentUser.editor();
        List<FieldError> errors = new ArrayList<>();
        Category target = null;
        if (categoryId == null) {
            errors.add(FieldError.of("categoryId", "document.move.categoryRequired"));
        } else {
            target = categories.find(categoryId).orElse(null);
            if (target == null) {
                errors.add(FieldError.of("categoryId", "document.move.unknownCategory", String.valueOf(categoryId)));
            }
        }
        if (reason == null || reason.isBlank()) {
            errors.add(FieldError.of("reason", "document.move.reasonRequired"));
        } else if (reason.strip().length() > MAX_MOVE_REASON) {
            errors.add(FieldError.of("reason", "document.move.reasonTooLong", String.valueOf(MAX_MOVE_REASON)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Document document = lock(documentId);
        if (document.category() != null && document.category().id().equals(target.id())) {
            throw InvalidInputException.of("categoryId", "document.move.sameCategory", target.name());
        }
        Instant now = Moment.now();
        Category from = document.moveToCategory(target);
        // the entry names the current revision with its unchanged hash: a move changes no content
        recordPublic(
                document,
                now,
                editor,
                RegisterAction.MOVED,
                document.currentRevision(),
                "Przeniesiono z kategorii „" + (from == null ? "–" : from.name()) + "” do „" + target.name() + "”: "
                        + reason.strip());
        LOG.info(() -> "Document " + documentId + " moved to category " + categoryId + " by " + editor.username());
        return document;
    }

    private Document lock(long documentId) {
        return documents
                .findForUpdate(documentId)
                .orElseThrow(() -> new NotFoundException("Nie ma dokumentu " + documentId + "."));
    }

    private Category categoryFor(Long categoryId, List<FieldError> errors) {
        if (categoryId == null) {
            errors.add(FieldError.of("categoryId", "document.category.required"));
            return null;
        }
        Category category = categories.find(categoryId).orElse(null);
        if (category == null) {
            errors.add(FieldError.of("categoryId", "document.category.unknown", String.valueOf(categoryId)));
        }
        return category;
    }

    private List<AttachmentFile> store(List<NewAttachment> uploads) {
        if (uploads == null) {
            return null;
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            errors.addAll(AttachmentPolicy.check(uploads.get(i), "attachments[" + i + "]"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return uploads.stream().map(u -> u.storeIn(files)).toList();
    }

    /** A draft's content: no withholding, only the files uploaded with it. */
    private RevisionContent draftContent(DraftCommand command, List<FieldError> errors) {
        return contentOf(
                command.title(),
                command.body(),
                command.author(),
                command.authorPosition(),
                command.createdOn(),
                null,
                store(command.attachments()),
                List.of(),
                errors);
    }

    private RevisionContent contentOf(
            String title,
            String body,
            String author,
            String position,
            LocalDate createdOn,
            Withholding withholding,
            List<AttachmentFile> attachments,
            List<AttachmentFile> kept,
            List<FieldError> errors) {
        RevisionContent content = new RevisionContent(
                title,
                bodies.sanitize(body),
                author,
                position,
                createdOn,
                withholding,
                attachments == null ? kept : attachments);
        errors.addAll(content.violations(LocalDate.now(POLAND)));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return content;
    }
}
