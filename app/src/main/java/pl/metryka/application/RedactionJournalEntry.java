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
            String stubSha256) {}

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
}
