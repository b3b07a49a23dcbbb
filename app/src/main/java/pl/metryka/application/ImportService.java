package pl.metryka.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import pl.metryka.application.ImportCommand.ImportedRevision;
import pl.metryka.application.ImportCommand.ImportedWithdrawal;
import pl.metryka.application.ImportResult.Outcome;
import pl.metryka.application.search.SearchIndex;
import pl.metryka.domain.model.account.Role;
import pl.metryka.domain.model.category.Category;
import pl.metryka.domain.model.category.CategoryRepository;
import pl.metryka.domain.model.document.AttachmentFile;
import pl.metryka.domain.model.document.AttachmentStore;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.DocumentRepository;
import pl.metryka.domain.model.document.Editor;
import pl.metryka.domain.model.document.Revision;
import pl.metryka.domain.model.document.RevisionContent;
import pl.metryka.domain.model.register.Change;
import pl.metryka.domain.model.register.RegisterAction;
import pl.metryka.domain.model.register.RegisterRepository;
import pl.metryka.domain.shared.FieldError;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.domain.shared.Moment;

/**
 * Bulk import from another BIP, one document with its whole history per call and per
 * transaction: either every revision, its register entries and its search row are written, or
 * (on any refusal) nothing is. Each revision keeps its author and editor's name; its publication
 * moment is the import (when this bulletin published it), and the source BIP's publication moment
 * is kept beside it in the metryka as {@code publishedElsewhereAt} ("Data udostępnienia w
 * poprzednim BIP"), so imported history never passes for this bulletin's own and point-in-time
 * views before the import do not list it. The document's history is replayed through the same
 * domain methods as publishing and amending. The register records the import itself, as it happened: one
 * {@code IMPORTED} entry per revision (and one for a withdrawal), at the moment of the import, by
 * the administrator who ran it, naming the source identifier and the original date.
 *
 * <p>Re-running is harmless: the source identifier is unique, a document already imported is
 * skipped, and one whose source has since gained revisions (or a withdrawal) gets only those.
 */
@Stateless
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class.getName());
    static final int MAX_SOURCE_ID = 200;
    static final String DEFAULT_LEGAL_BASIS = "nie wskazano w poprzednim BIP";

    @Inject
    private DocumentRepository documents;

    @Inject
    private CategoryRepository categories;

    @Inject
    private AttachmentStore files;

    @Inject
    private ChangeRegister register;

    @Inject
    private RegisterRepository registerHead;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PodmiotSettings podmiot;

    @Inject
    private BodySanitizer bodies;

    @Inject
    private SearchIndex searchIndex;

    /** Who would import: lets a client check the address and the credentials before it starts. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public Editor importer() {
        return currentUser.editor();
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public ImportResult importDocument(ImportCommand command) {
        Editor importer = currentUser.editor();
        Instant now = Moment.now();
        Checked checked = check(command, now);
        // Imports sent in parallel queue here, on the lock every register append takes anyway (held
        // until commit): the source-id lookup and the new slug are then never raced by another import.
        registerHead.lockHead();
        Document existing = checked.sourceId == null
                ? null
                : documents
                        .findByImportSource(checked.sourceId)
                        .flatMap(d -> documents.findForUpdate(d.id()))
                        .orElse(null);
        if (existing == null) {
            return importNew(checked, importer, now);
        }
        return importChanges(existing, checked, importer, now);
    }

    private ImportResult importNew(Checked c, Editor importer, Instant now) {
        String issuer = podmiot.name();
        Step first = c.steps.get(0);
        String slug = SlugMaker.slugFor(c.steps.get(c.steps.size() - 1).content.title(), documents::slugTaken);
        Document document = Document.draft(slug, c.category, stored(first), first.editor(importer), issuer, now);
        document.importedFrom(c.sourceId);
        documents.store(document);
        List<Revision> added = new ArrayList<>();
        added.add(document.publish(issuer, now, first.publishedAt));
        amendAll(document, c.steps.subList(1, c.steps.size()), importer, now, added);
        return finish(document, added, c, importer, now, Outcome.IMPORTED);
    }

    /** A document imported before: only what its source gained since (new revisions, a withdrawal). */
    private ImportResult importChanges(Document document, Checked c, Editor importer, Instant now) {
        int known = document.publishedRevisions().size();
        boolean newWithdrawal = c.withdrawalAt != null && document.withdrawal() == null;
        if (c.steps.size() <= known && !newWithdrawal) {
            return new ImportResult(
                    c.sourceId,
                    Outcome.SKIPPED,
                    document.id(),
                    document.slug(),
                    0,
                    known,
                    "Dokument był już zaimportowany (wersji: " + known + ").");
        }
        List<FieldError> errors = new ArrayList<>();
        if (c.steps.size() > known && document.withdrawal() != null) {
            errors.add(FieldError.of("revisions", "import.revisions.withdrawn"));
        } else if (c.steps.size() > known
                && !c.steps.get(known).publishedAt.isAfter(sourceMoment(document.currentRevision()))) {
            errors.add(FieldError.of(
                    "revisions[" + known + "].publishedAt",
                    "import.publishedAt.notAfterImported",
                    String.valueOf(known),
                    SourceDates.polish(sourceMoment(document.currentRevision()))));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<Revision> added = new ArrayList<>();
        amendAll(document, c.steps.subList(Math.min(known, c.steps.size()), c.steps.size()), importer, now, added);
        return finish(document, added, newWithdrawal ? c : c.withoutWithdrawal(), importer, now, Outcome.UPDATED);
    }

    /** Replays the source's later revisions as amendments, each on the one before, into {@code added}. */
    private void amendAll(Document document, List<Step> steps, Editor importer, Instant now, List<Revision> added) {
        String issuer = podmiot.name();
        for (Step step : steps) {
            added.add(document.amend(
                    document.currentRevisionNumber(),
                    stored(step),
                    step.reason,
                    step.editor(importer),
                    issuer,
                    now,
                    step.publishedAt));
        }
    }

    private ImportResult finish(
            Document document, List<Revision> added, Checked c, Editor importer, Instant now, Outcome outcome) {
        if (c.withdrawalAt != null) {
            String by = c.withdrawalBy != null
                    ? c.withdrawalBy
                    : document.currentRevision().metryka().editorName();
            // withdrawn in this bulletin at the import, like its revisions; the source BIP's date is in the register
            // entry
            document.withdraw(c.withdrawalReason, c.withdrawalLegalBasis, new Editor(importer.username(), by), now);
        }
        documents.store(document);
        searchIndex.update(document);
        String origin = "Import z poprzedniego BIP (identyfikator źródłowy: " + c.sourceId + "). ";
        for (Revision r : added) {
            String reason =
                    origin + "Wersja " + r.number() + " opublikowana pierwotnie " + SourceDates.polish(sourceMoment(r))
                            + ", wprowadził(a): " + r.metryka().editorName() + "."
                            + (r.metryka().reason() == null
                                    ? ""
                                    : " Powód zmiany: " + r.metryka().reason());
            register.record(Change.of(now, importer.fullName(), RegisterAction.IMPORTED, document.id(), r, reason));
        }
        if (c.withdrawalAt != null) {
            Revision current = document.currentRevision();
            register.record(Change.of(
                    now,
                    importer.fullName(),
                    RegisterAction.IMPORTED,
                    document.id(),
                    current,
                    origin + "Dokument wycofany pierwotnie " + SourceDates.polish(c.withdrawalAt) + ": "
                            + c.withdrawalReason + " (podstawa prawna: " + c.withdrawalLegalBasis + ")"));
        }
        int total = document.publishedRevisions().size();
        LOG.info(() -> "Imported " + c.sourceId + " as document " + document.id() + " (" + added.size() + " of " + total
                + " revisions) by " + importer.username());
        String message = outcome == Outcome.IMPORTED
                ? "Zaimportowano dokument (wersji: " + total + ")."
                : "Dodano to, co przybyło w źródle: wersji " + added.size()
                        + (c.withdrawalAt != null ? " i wycofanie." : ".");
        return new ImportResult(c.sourceId, outcome, document.id(), document.slug(), added.size(), total, message);
    }

    /** When the former BIP published a revision (revisions imported before this was kept: their publishedAt). */
    private static Instant sourceMoment(Revision r) {
        return r.metryka().publishedElsewhereAt() != null
                ? r.metryka().publishedElsewhereAt()
                : r.metryka().publishedAt();
    }

    private RevisionContent stored(Step step) {
        List<AttachmentFile> stored =
                step.attachments.stream().map(u -> u.storeIn(files)).toList();
        RevisionContent c = step.content;
        return new RevisionContent(
                c.title(), c.body(), c.author(), c.authorPosition(), c.createdOn(), c.withholding(), stored);
    }

    /** Every rule of every revision, checked before anything is written; all problems reported at once. */
    private Checked check(ImportCommand command, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        Checked c = new Checked();
        c.sourceId = command.sourceId() == null || command.sourceId().isBlank()
                ? null
                : command.sourceId().strip();
        if (c.sourceId == null) {
            errors.add(FieldError.of("sourceId", "import.sourceId.required"));
        } else if (c.sourceId.length() > MAX_SOURCE_ID) {
            errors.add(FieldError.of("sourceId", "import.sourceId.tooLong", String.valueOf(MAX_SOURCE_ID)));
        }
        if (command.category() == null || command.category().isBlank()) {
            errors.add(FieldError.of("category", "document.category.required"));
        } else {
            c.category = categories.findBySlug(command.category().strip()).orElse(null);
            if (c.category == null) {
                errors.add(FieldError.of(
                        "category",
                        "import.category.unknown",
                        command.category().strip()));
            }
        }
        if (command.revisions().isEmpty()) {
            errors.add(FieldError.of("revisions", "import.revisions.required"));
        }
        LocalDate today = LocalDate.now(Moment.POLAND);
        Instant previous = null;
        for (int i = 0; i < command.revisions().size(); i++) {
            Step step = checkRevision(command.revisions().get(i), i, previous, now, today, errors);
            c.steps.add(step);
            previous = step.publishedAt != null ? step.publishedAt : previous;
        }
        checkWithdrawal(command.withdrawal(), previous, now, c, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return c;
    }

    private Step checkRevision(
            ImportedRevision r, int i, Instant previous, Instant now, LocalDate today, List<FieldError> errors) {
        String at = "revisions[" + i + "].";
        Step step = new Step();
        LocalDate createdOn =
                SourceDates.day(r.createdOn(), at + "createdOn", errors).orElse(null);
        boolean createdOnMalformed =
                createdOn == null && r.createdOn() != null && !r.createdOn().isBlank();
        step.content = new RevisionContent(
                r.title(),
                bodies.sanitize(r.body()),
                r.author(),
                r.authorPosition(),
                createdOn,
                r.withheld(),
                List.of());
        for (FieldError e : step.content.violations(today)) {
            if (!(createdOnMalformed && e.field().equals("createdOn"))) {
                errors.add(new FieldError(at + e.field(), e.message(), e.key(), e.args()));
            }
        }
        step.publishedAt =
                SourceDates.moment(r.publishedAt(), at + "publishedAt", errors).orElse(null);
        if (step.publishedAt == null
                && (r.publishedAt() == null || r.publishedAt().isBlank())) {
            errors.add(FieldError.of(at + "publishedAt", "import.publishedAt.required"));
        } else if (step.publishedAt != null && step.publishedAt.isAfter(now)) {
            errors.add(FieldError.of(at + "publishedAt", "import.publishedAt.future"));
        } else if (step.publishedAt != null && previous != null && !step.publishedAt.isAfter(previous)) {
            errors.add(FieldError.of(
                    at + "publishedAt",
                    "import.publishedAt.notAfterPrevious",
                    String.valueOf(i + 1),
                    String.valueOf(i),
                    SourceDates.polish(previous)));
        }
        if (createdOn != null
                && step.publishedAt != null
                && createdOn.isAfter(SourceDates.polishDay(step.publishedAt))) {
            errors.add(FieldError.of(at + "createdOn", "import.createdOn.afterPublished"));
        }
        step.editorName =
                r.editor() == null || r.editor().isBlank() ? null : r.editor().strip();
        if (step.editorName == null) {
            errors.add(FieldError.of(at + "editor", "import.editor.required"));
        } else if (step.editorName.length() > RevisionContent.MAX_NAME) {
            errors.add(FieldError.of(at + "editor", "import.editor.tooLong", String.valueOf(RevisionContent.MAX_NAME)));
        }
        step.reason =
                r.reason() == null || r.reason().isBlank() ? null : r.reason().strip();
        if (i > 0 && step.reason == null) {
            errors.add(FieldError.of(at + "reason", "import.reason.required"));
        }
        for (int j = 0; j < r.attachments().size(); j++) {
            errors.addAll(AttachmentPolicy.check(r.attachments().get(j), at + "attachments[" + j + "]"));
        }
        step.attachments = r.attachments();
        return step;
    }

    private static void checkWithdrawal(
            ImportedWithdrawal w, Instant lastPublished, Instant now, Checked c, List<FieldError> errors) {
        if (w == null || isBlank(w.at()) && isBlank(w.reason())) {
            return;
        }
        Optional<Instant> at = SourceDates.moment(w.at(), "withdrawal.at", errors);
        if (isBlank(w.at())) {
            errors.add(FieldError.of("withdrawal.at", "import.withdrawal.at.required"));
        } else if (at.isPresent() && at.get().isAfter(now)) {
            errors.add(FieldError.of("withdrawal.at", "import.withdrawal.at.future"));
        } else if (at.isPresent() && lastPublished != null && !at.get().isAfter(lastPublished)) {
            errors.add(FieldError.of(
                    "withdrawal.at", "import.withdrawal.at.beforeLast", SourceDates.polish(lastPublished)));
        }
        if (isBlank(w.reason())) {
            errors.add(FieldError.of("withdrawal.reason", "withdrawal.reason.required"));
        }
        c.withdrawalAt = at.orElse(null);
        c.withdrawalReason = isBlank(w.reason()) ? null : w.reason().strip();
        c.withdrawalLegalBasis =
                isBlank(w.legalBasis()) ? DEFAULT_LEGAL_BASIS : w.legalBasis().strip();
        c.withdrawalBy = isBlank(w.by()) ? null : w.by().strip();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** A revision that passed every check, ready to be replayed. */
    private static final class Step {
        private RevisionContent content;
        private Instant publishedAt;
        private String editorName;
        private String reason;
        private List<NewAttachment> attachments;

        /** The importing account answers for the entry; the metryka names the source BIP's editor. */
        Editor editor(Editor importer) {
            return new Editor(importer.username(), editorName);
        }
    }

    /** The whole command after its checks. */
    private static final class Checked {
        private String sourceId;
        private Category category;
        private final List<Step> steps = new ArrayList<>();
        private Instant withdrawalAt;
        private String withdrawalReason;
        private String withdrawalLegalBasis;
        private String withdrawalBy;

        Checked withoutWithdrawal() {
            Checked copy = new Checked();
            copy.sourceId = sourceId;
            copy.category = category;
            copy.steps.addAll(steps);
            return copy;
        }
    }
}
