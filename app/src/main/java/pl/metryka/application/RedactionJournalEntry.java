package pl.metryka.application;

import java.time.Instant;
import java.util.List;
import java.util.function.IntFunction;
import pl.metryka.domain.model.document.Redaction;

/**
 * A redaction as the journal in the data folder keeps it, to re-apply it to a database restored
 * from a backup older than the redaction. It holds no removed data: the bodies are those after
 * the removal, a removed file only by its SHA-256.
 */
public record RedactionJournalEntry(
        long documentId,
        Instant at,
        String actorUsername,
        String actorName,
        Redaction.Kind kind,
        String reason,
        String legalBasis,
        String stub,
        Integer attachmentRevision,
        Integer attachmentPosition,
        List<Revision> revisions) {

    /** One revision's result; body is null when it is not known any more (a later redaction changed it again). */
    public record Revision(
            int revision,
            int occurrences,
            String originalHash,
            String redactedHash,
            String body,
            String removedSha256,
            String stubSha256) {

        Revision withBody(String newBody) {
            return new Revision(revision, occurrences, originalHash, redactedHash, newBody, removedSha256, stubSha256);
        }
    }

    public static RedactionJournalEntry of(Redaction r, IntFunction<String> bodyAfter) {
        return new RedactionJournalEntry(
                r.documentId(),
                r.at(),
                r.actorUsername(),
                r.actorName(),
                r.kind(),
                r.reason(),
                r.legalBasis(),
                r.stub(),
                r.attachmentRevision(),
                r.attachmentPosition(),
                r.revisions().stream()
                        .map(c -> new Revision(
                                c.revision(),
                                c.occurrences(),
                                c.originalHash(),
                                c.redactedHash(),
                                bodyAfter.apply(c.revision()),
                                c.removedSha256(),
                                c.stubSha256()))
                        .toList());
    }

    /**
     * This entry with the bodies it lacks taken from {@code known} (by revision number; null where
     * that does not know one either). An entry read from the database has a body only while it is
     * the revision's current one, so a body known elsewhere (the commit that made it, the journal
     * file written before) fills the gap; a body the entry has is never replaced.
     */
    public RedactionJournalEntry withMissingBodies(IntFunction<String> known) {
        return new RedactionJournalEntry(
                documentId,
                at,
                actorUsername,
                actorName,
                kind,
                reason,
                legalBasis,
                stub,
                attachmentRevision,
                attachmentPosition,
                revisions.stream()
                        .map(r -> r.body() != null ? r : r.withBody(known.apply(r.revision())))
                        .toList());
    }

    /** The body this entry holds for a revision, or null. */
    public String bodyOf(int revision) {
        return revisions.stream()
                .filter(r -> r.revision() == revision && r.body() != null)
                .map(Revision::body)
                .findFirst()
                .orElse(null);
    }
}
