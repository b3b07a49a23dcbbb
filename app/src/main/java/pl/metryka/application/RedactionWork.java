package pl.metryka.application;

import static pl.metryka.domain.shared.Moment.POLAND;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import pl.metryka.application.search.SearchIndex;
import pl.metryka.domain.model.document.AmendmentProposal;
import pl.metryka.domain.model.document.AmendmentProposalRepository;
import pl.metryka.domain.model.document.Attachment;
import pl.metryka.domain.model.document.AttachmentFile;
import pl.metryka.domain.model.document.AttachmentStore;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.DocumentRepository;
import pl.metryka.domain.model.document.DocumentStateException;
import pl.metryka.domain.model.document.Editor;
import pl.metryka.domain.model.document.FileContent;
import pl.metryka.domain.model.document.RedactedRevision;
import pl.metryka.domain.model.document.Redaction;
import pl.metryka.domain.model.document.RedactionRepository;
import pl.metryka.domain.model.document.Revision;
import pl.metryka.domain.model.register.Change;
import pl.metryka.domain.model.register.RegisterAction;
import pl.metryka.domain.shared.FieldError;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.domain.shared.Moment;
import pl.metryka.domain.shared.Sha256;

/**
 * The work of a redaction (see {@link Redactions}, the secured use case): plan it against the
 * locked document, write the record, the redacted revisions, the search row and the REDACTED
 * register entries. Also replayed by the demo data with its original date.
 *
 * Lawful removal from published history (udip art. 8 ust. 5, RODO art. 17): a REDAKTOR_NACZELNY
 * removes a passage of a published body, or one attachment file, from one, several or all
 * published revisions, with a reason and a legal basis. One transaction writes the redaction
 * record (before the revisions, so the database's guard lets exactly this change through), the
 * redacted bodies and stub files, the search row, and one REDACTED register entry per revision.
 * The removed text is kept nowhere; the removed file's bytes are deleted when nothing else uses
 * them. The API and the editor's page both come here.
 */
@ApplicationScoped
public class RedactionWork {

    private static final Logger LOG = Logger.getLogger(RedactionWork.class.getName());
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("pl"));
    static final String STUB_FILE_NAME = "zalacznik-usuniety.txt";
    private static final int CONTEXT = 60;

    @Inject
    private DocumentRepository documents;

    @Inject
    private RedactionRepository redactions;

    @Inject
    private AttachmentStore files;

    @Inject
    private AmendmentProposalRepository proposals;

    @Inject
    private ChangeRegister register;

    @Inject
    private BodySanitizer bodies;

    @Inject
    private SearchIndex searchIndex;

    @Inject
    private Event<RedactionApplied> applied;

    /**
     * What to remove: revisions (null = every published revision that holds it), either a passage
     * of text or the attachment at a revision's position, and why.
     */
    public record Request(
            List<Integer> revisions,
            String text,
            Integer attachmentRevision,
            Integer attachmentPosition,
            String reason,
            String legalBasis)
            implements Serializable {}

    /** One place a passage or file would disappear from, with some text around it (for the preview). */
    public record Occurrence(int revision, String before, String removed, String after) implements Serializable {}

    /** Exactly what a redaction would remove, and the stub that would stand in its place. */
    public record Preview(List<Occurrence> occurrences, String stub) {}

    /**
     * Everything a redaction would change, computed before anything is written; {@code passage} and
     * {@code stubHtml} are the body forms of a text redaction (null for an attachment).
     */
    private record Plan(
            Document document,
            Redaction.Kind kind,
            String stubText,
            AttachmentFile stubFile,
            String removedSha256,
            Map<Integer, String> newBodies,
            List<RedactedRevision> changes,
            List<Occurrence> occurrences,
            String passage,
            String stubHtml) {}

    public Preview preview(long documentId, Request request) {
        Document document = documents
                .find(documentId)
                .orElseThrow(() -> new NotFoundException("Nie ma dokumentu " + documentId + "."));
        Plan plan = plan(document, request, Moment.now(), false);
        return new Preview(plan.occurrences(), plan.stubText());
    }

    /** Runs inside the caller's transaction (the register append is MANDATORY). */
    public Redaction redact(long documentId, Request request, Editor editor, Instant now) {
        Document document = documents
                .findForUpdate(documentId)
                .orElseThrow(() -> new NotFoundException("Nie ma dokumentu " + documentId + "."));
        Plan plan = plan(document, request, now, true);
        Redaction redaction = new Redaction(
                document.id(),
                now,
                editor,
                plan.kind(),
                request.reason().strip(),
                request.legalBasis().strip(),
                plan.stubText(),
                request.attachmentRevision(),
                request.attachmentPosition(),
                plan.changes());
        redactions.add(redaction);
        for (RedactedRevision change : plan.changes()) {
            document.redact(change, plan.newBodies().get(change.revision()), plan.stubFile());
        }
        documents.store(document);
        if (plan.kind() == Redaction.Kind.TEXT) {
            redactProposals(document.id(), plan.passage(), plan.stubHtml());
        }
        if (plan.removedSha256() != null && !files.removeIfUnused(plan.removedSha256())) {
            LOG.warning(() ->
                    "Redaction in document " + documentId + ": the removed file is still used elsewhere and was kept");
        }
        searchIndex.update(document);
        String why = "Usunięto " + (plan.kind() == Redaction.Kind.TEXT ? "fragment treści" : "załącznik") + " — powód: "
                + redaction.reason() + "; podstawa prawna: " + redaction.legalBasis();
        for (RedactedRevision change : plan.changes()) {
            Revision revision = document.revision(change.revision()).orElseThrow();
            register.record(new Change(
                    now,
                    editor.fullName(),
                    RegisterAction.REDACTED,
                    document.id(),
                    change.revision(),
                    revision.title(),
                    why,
                    change.redactedHash()));
        }
        applied.fire(new RedactionApplied(document.id(), redaction.id(), Map.copyOf(plan.newBodies())));
        LOG.info(() -> "Redaction in document " + documentId + " (revisions " + redaction.revisionNumbers() + ") by "
                + editor.username());
        return redaction;
    }

    /** Proposals copy a version's text: the passage goes from them too, in the same form as in the versions. */
    private void redactProposals(long documentId, String passage, String stubHtml) {
        for (AmendmentProposal proposal : proposals.allFor(documentId)) {
            if (proposal.redact(passage, stubHtml)) {
                proposals.store(proposal);
                LOG.info(() ->
                        "Redaction in document " + documentId + " also reached amendment proposal " + proposal.id());
            }
        }
    }

    private Plan plan(Document document, Request request, Instant now, boolean forWrite) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null) {
            throw InvalidInputException.of("text", "redaction.target.required");
        }
        if (request.reason() == null || request.reason().isBlank()) {
            errors.add(FieldError.of("reason", "redaction.reason.required"));
        }
        if (request.legalBasis() == null || request.legalBasis().isBlank()) {
            errors.add(FieldError.of("legalBasis", "redaction.legalBasis.required"));
        }
        boolean text = request.text() != null && !request.text().isBlank();
        boolean attachment = request.attachmentRevision() != null || request.attachmentPosition() != null;
        if (text == attachment) {
            errors.add(FieldError.of("text", "redaction.target.both"));
        }
        if (text
                && request.reason() != null
                && request.reason().contains(request.text().strip())) {
            errors.add(FieldError.of("reason", "redaction.reason.containsText"));
        }
        if (text
                && request.legalBasis() != null
                && request.legalBasis().contains(request.text().strip())) {
            errors.add(FieldError.of("legalBasis", "redaction.legalBasis.containsText"));
        }
        if (request.revisions() != null && request.revisions().isEmpty()) {
            errors.add(FieldError.of("revisions", "redaction.revisions.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!document.isPublic()) {
            throw DocumentStateException.of("redaction.document.notPublic");
        }
        List<Revision> named = new ArrayList<>();
        if (request.revisions() != null) {
            for (Integer n : request.revisions().stream().distinct().sorted().toList()) {
                Revision r = n == null
                        ? null
                        : document.revision(n).filter(Revision::isPublished).orElse(null);
                if (r == null) {
                    errors.add(FieldError.of("revisions", "redaction.revision.unknown", String.valueOf(n)));
                } else {
                    named.add(r);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean all = request.revisions() == null;
        List<Revision> candidates = all ? document.publishedRevisions() : named;
        String stubText = stub(
                text ? "fragment usunięty" : "załącznik usunięty",
                now,
                request.legalBasis().strip(),
                request.reason().strip());
        Map<Integer, String> newBodies = new LinkedHashMap<>();
        List<RedactedRevision> changes = new ArrayList<>();
        List<Occurrence> occurrences = new ArrayList<>();
        if (text) {
            String passage = bodies.sanitize(escape(request.text().strip()));
            String stubHtml = bodies.sanitize(escape(stubText));
            for (Revision r : candidates) {
                int count = count(r.body(), passage);
                if (count == 0) {
                    if (!all) {
                        errors.add(FieldError.of("text", "redaction.text.notInRevision", String.valueOf(r.number())));
                    }
                    continue;
                }
                occurrences.addAll(occurrencesIn(r, passage));
                String body = r.body().replace(passage, stubHtml);
                newBodies.put(r.number(), body);
                changes.add(new RedactedRevision(
                        document.id(),
                        r.number(),
                        count,
                        r.contentHash(),
                        r.hashWith(
                                body,
                                r.attachments().stream().map(Attachment::file).toList()),
                        Sha256.hex(body),
                        null,
                        null));
            }
            if (errors.isEmpty() && changes.isEmpty()) {
                errors.add(FieldError.of("text", "redaction.text.notFound"));
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return new Plan(
                    document,
                    Redaction.Kind.TEXT,
                    stubText,
                    null,
                    null,
                    newBodies,
                    changes,
                    occurrences,
                    passage,
                    stubHtml);
        }
        Attachment target = request.attachmentRevision() == null || request.attachmentPosition() == null
                ? null
                : document.revision(request.attachmentRevision())
                        .filter(Revision::isPublished)
                        .flatMap(r -> r.attachments().stream()
                                .filter(a -> a.position() == request.attachmentPosition())
                                .findFirst())
                        .orElse(null);
        if (target == null) {
            throw InvalidInputException.of(
                    "attachment",
                    "redaction.attachment.unknown",
                    String.valueOf(request.attachmentPosition()),
                    String.valueOf(request.attachmentRevision()));
        }
        if (STUB_FILE_NAME.equals(target.fileName()) && target.size() < 1024) {
            throw InvalidInputException.of("attachment", "redaction.attachment.removed");
        }
        String removed = target.sha256();
        byte[] stubBytes = (stubText + "\n").getBytes(StandardCharsets.UTF_8);
        AttachmentFile stubFile = forWrite
                ? files.store(STUB_FILE_NAME, "text/plain", FileContent.of(stubBytes), null)
                : new AttachmentFile(STUB_FILE_NAME, "text/plain", stubBytes.length, Sha256.hex(stubBytes), null);
        for (Revision r : candidates) {
            long count = r.attachments().stream()
                    .filter(a -> a.sha256().equals(removed))
                    .count();
            if (count == 0) {
                if (!all) {
                    errors.add(FieldError.of(
                            "revisions", "redaction.attachment.notInRevision", String.valueOf(r.number())));
                }
                continue;
            }
            r.attachments().stream()
                    .filter(a -> a.sha256().equals(removed))
                    .forEach(a -> occurrences.add(
                            new Occurrence(r.number(), "", a.fileName() + " (" + a.size() + " B)", "")));
            newBodies.put(r.number(), r.body());
            changes.add(new RedactedRevision(
                    document.id(),
                    r.number(),
                    (int) count,
                    r.contentHash(),
                    r.hashWith(r.body(), r.filesWith(removed, stubFile)),
                    Sha256.hex(r.body()),
                    removed,
                    stubFile.sha256()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Plan(
                document,
                Redaction.Kind.ATTACHMENT,
                stubText,
                stubFile,
                removed,
                newBodies,
                changes,
                occurrences,
                null,
                null);
    }

    /**
     * Re-applies a journaled redaction that the database lacks (restored from a backup older
     * than it), with its original date, reason and basis; the register gets new REDACTED entries
     * saying so, at the real moment. Revisions already in that state, of another history, or
     * whose body after it is not journaled (a later redaction of the same revision carries the
     * final body) are left as they are. Returns the redaction re-created, if any.
     */
    public Optional<Redaction> replay(RedactionJournalEntry entry, Instant now) {
        Document document = documents.findForUpdate(entry.documentId()).orElse(null);
        if (document == null || !document.isPublic()) {
            LOG.warning(() -> "Journaled redaction of document " + entry.documentId() + " at " + entry.at()
                    + ": no such public document");
            return Optional.empty();
        }
        if (redactions.ofDocument(document.id()).stream()
                .anyMatch(r -> r.at().equals(entry.at()) && r.kind() == entry.kind())) {
            return Optional.empty();
        }
        AttachmentFile stubFile = null;
        if (entry.kind() == Redaction.Kind.ATTACHMENT) {
            stubFile = files.store(
                    STUB_FILE_NAME,
                    "text/plain",
                    FileContent.of((entry.stub() + "\n").getBytes(StandardCharsets.UTF_8)),
                    null);
        }
        Map<Integer, String> newBodies = new LinkedHashMap<>();
        List<RedactedRevision> changes = new ArrayList<>();
        String removed = null;
        for (RedactionJournalEntry.Revision j : entry.revisions()) {
            Revision r = document.revision(j.revision())
                    .filter(Revision::isPublished)
                    .orElse(null);
            if (r == null
                    || !r.contentHash().equals(j.originalHash())
                    || r.currentHash().equals(j.redactedHash())
                    || j.body() == null) {
                continue;
            }
            String hash = r.hashWith(
                    j.body(),
                    stubFile == null
                            ? r.attachments().stream().map(Attachment::file).toList()
                            : r.filesWith(j.removedSha256(), stubFile));
            if (!hash.equals(j.redactedHash())) {
                LOG.severe(() -> "Journaled redaction of document " + entry.documentId() + " revision " + j.revision()
                        + " does not give its recorded hash here; not re-applied");
                continue;
            }
            removed = j.removedSha256();
            newBodies.put(j.revision(), j.body());
            changes.add(new RedactedRevision(
                    document.id(),
                    j.revision(),
                    j.occurrences(),
                    j.originalHash(),
                    hash,
                    Sha256.hex(j.body()),
                    j.removedSha256(),
                    stubFile == null ? null : stubFile.sha256()));
        }
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        Redaction redaction = new Redaction(
                document.id(),
                entry.at(),
                new Editor(entry.actorUsername(), entry.actorName()),
                entry.kind(),
                entry.reason(),
                entry.legalBasis(),
                entry.stub(),
                entry.attachmentRevision(),
                entry.attachmentPosition(),
                changes);
        redactions.add(redaction);
        for (RedactedRevision change : changes) {
            document.redact(change, newBodies.get(change.revision()), stubFile);
        }
        documents.store(document);
        if (removed != null) {
            files.removeIfUnused(removed);
        }
        searchIndex.update(document);
        String why = "Ponowne zastosowanie usunięcia z " + entry.at() + " po odtworzeniu kopii zapasowej — powód: "
                + entry.reason() + "; podstawa prawna: " + entry.legalBasis();
        for (RedactedRevision change : changes) {
            register.record(new Change(
                    now,
                    entry.actorName(),
                    RegisterAction.REDACTED,
                    document.id(),
                    change.revision(),
                    document.revision(change.revision()).orElseThrow().title(),
                    why,
                    change.redactedHash()));
        }
        applied.fire(new RedactionApplied(document.id(), redaction.id(), Map.copyOf(newBodies)));
        LOG.warning(() -> "Re-applied the journaled redaction of document " + entry.documentId() + " from " + entry.at()
                + " (revisions " + redaction.revisionNumbers() + ") to this restored database");
        return Optional.of(redaction);
    }

    /** „[fragment usunięty 2 grudnia 2026 r. — podstawa prawna: …; powód: …]" */
    static String stub(String what, Instant at, String legalBasis, String reason) {
        return "[" + what + " " + DATE.format(at.atZone(POLAND)) + " r. — podstawa prawna: " + legalBasis + "; powód: "
                + reason + "]";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static int count(String body, String passage) {
        int count = 0;
        for (int i = body.indexOf(passage); i >= 0; i = body.indexOf(passage, i + passage.length())) {
            count++;
        }
        return count;
    }

    /** Each occurrence with the visible text around it, for the person confirming the removal. */
    private static List<Occurrence> occurrencesIn(Revision r, String passage) {
        List<Occurrence> found = new ArrayList<>();
        String body = r.body();
        for (int i = body.indexOf(passage); i >= 0; i = body.indexOf(passage, i + passage.length())) {
            String before = plain(body.substring(0, i));
            String after = plain(body.substring(i + passage.length()));
            found.add(new Occurrence(
                    r.number(),
                    before.length() > CONTEXT ? "…" + before.substring(before.length() - CONTEXT) : before,
                    plain(passage),
                    after.length() > CONTEXT ? after.substring(0, CONTEXT) + "…" : after));
        }
        return found;
    }

    private static String plain(String html) {
        return html.replaceAll("<[^>]*>?", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&#34;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ");
    }
}
