package pl.metryka.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.DocumentRepository;
import pl.metryka.domain.model.document.Revision;
import pl.metryka.domain.model.register.ChainVerification;
import pl.metryka.domain.model.register.RegisterAction;
import pl.metryka.domain.model.register.RegisterEntry;
import pl.metryka.domain.model.register.RegisterHead;
import pl.metryka.domain.model.register.RegisterRepository;
import pl.metryka.domain.shared.Sha256;

/**
 * Recomputes the register from what is stored: every entry's hash and link to the one before,
 * the sequence without gaps, the head, and every revision the register vouches for (its content
 * hash recomputed from the stored title, body, metryka and attachments).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class RegisterVerifier {

    @Inject
    private RegisterRepository register;

    @Inject
    private DocumentRepository documents;

    public ChainVerification verify() {
        Walk walk = new Walk();
        register.forEachInOrder(walk::check);
        if (walk.failure != null) {
            return walk.failure;
        }
        RegisterHead head = register.head();
        if (head.seq() != walk.count || !head.hash().equals(walk.prevHash)) {
            return ChainVerification.broken(
                    walk.count,
                    walk.count + 1,
                    "the register head (seq " + head.seq() + ") does not match the last stored entry (seq " + walk.count
                            + ")");
        }
        // the newest REDACTED entry of a revision must match its content as served now
        for (Map.Entry<String, RegisterEntry> e : walk.lastRedaction.entrySet()) {
            RegisterEntry entry = e.getValue();
            String actual = walk.currentHashOf(entry.documentId(), entry.revision());
            if (!entry.contentHash().equals(actual)) {
                return ChainVerification.broken(
                        walk.count,
                        entry.seq(),
                        "revision " + entry.revision() + " of document " + entry.documentId()
                                + " no longer matches the content hash its latest REDACTED entry recorded");
            }
        }
        return ChainVerification.ok(walk.count, walk.redactions);
    }

    private final class Walk {
        private long count;
        private String prevHash = Sha256.ZERO;
        private ChainVerification failure;
        private final Map<String, String> recomputed = new HashMap<>();
        private final Map<String, RegisterEntry> lastRedaction = new LinkedHashMap<>();
        private final List<String> redactions = new ArrayList<>();

        void check(RegisterEntry entry) {
            if (failure != null) {
                return;
            }
            count++;
            String problem = problemWith(entry);
            if (problem != null) {
                // count is the expected seq: for a gap it names the missing entry, otherwise entry.seq()
                failure = ChainVerification.broken(count, count, problem);
            }
            prevHash = entry.hash();
        }

        private String problemWith(RegisterEntry entry) {
            if (entry.seq() != count) {
                return "entry " + count + " is missing (next stored is " + entry.seq() + ")";
            }
            if (!entry.prevHash().equals(prevHash)) {
                return "prevHash does not link to the previous entry";
            }
            if (!entry.hashMatches()) {
                return "the entry's hash does not match its contents";
            }
            if (entry.action() == RegisterAction.REDACTED
                    && entry.contentHash() != null
                    && entry.documentId() != null
                    && entry.revision() != null) {
                lastRedaction.put(entry.documentId() + "/" + entry.revision(), entry);
                redactions.add("revision " + entry.revision() + " of document " + entry.documentId()
                        + ": redacted after publication (entry seq " + entry.seq() + ": " + entry.reason()
                        + "), hash committed; its content now hashes to " + entry.contentHash());
                return null;
            }
            if (entry.contentHash() != null && entry.documentId() != null && entry.revision() != null) {
                Optional<Revision> redacted =
                        revision(entry.documentId(), entry.revision()).filter(Revision::isRedacted);
                if (redacted.isPresent()) {
                    // the hash recorded before the redaction stays as the commitment; its content cannot be recomputed
                    return null;
                }
                String actual = contentHashOf(entry.documentId(), entry.revision());
                if (!entry.contentHash().equals(actual)) {
                    return "revision " + entry.revision() + " of document " + entry.documentId()
                            + " no longer matches the content hash the register recorded";
                }
            }
            return null;
        }

        private Optional<Revision> revision(long documentId, int number) {
            return documents.find(documentId).flatMap((Document d) -> d.revision(number));
        }

        /** The hash of the revision's content as served now (after its redactions). */
        String currentHashOf(long documentId, int number) {
            return revision(documentId, number)
                    .filter(Revision::isPublished)
                    .map(r -> {
                        String fresh = r.computeContentHash();
                        return fresh.equals(r.currentHash()) ? fresh : "stored hash differs: " + r.currentHash();
                    })
                    .orElse("missing");
        }

        private String contentHashOf(long documentId, int number) {
            return recomputed.computeIfAbsent(documentId + "/" + number, key -> {
                Optional<Revision> revision = documents.find(documentId).flatMap((Document d) -> d.revision(number));
                return revision.filter(Revision::isPublished)
                        .map(r -> {
                            String fresh = r.computeContentHash();
                            return fresh.equals(r.contentHash()) ? fresh : "stored hash differs: " + r.contentHash();
                        })
                        .orElse("missing");
            });
        }
    }
}
