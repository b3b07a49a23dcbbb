package pl.metryka.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.DocumentRepository;
import pl.metryka.domain.model.document.Redaction;
import pl.metryka.domain.model.document.RedactionRepository;
import pl.metryka.domain.model.document.Revision;
import pl.metryka.domain.shared.Moment;

/**
 * The system's side of the redaction journal (no user: it runs at startup): re-applies a
 * journaled redaction the database lacks, each in its own transaction with its register entries,
 * and lists the database's redactions as journal entries.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RedactionReplay {

    @Inject
    private RedactionWork work;

    @Inject
    private RedactionRepository redactions;

    @Inject
    private DocumentRepository documents;

    public Optional<Long> replay(RedactionJournalEntry entry) {
        return work.replay(entry, Moment.now()).map(Redaction::id);
    }

    /** Every redaction in the database; a body is given where it is still the revision's current one. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<RedactionJournalEntry> all() {
        List<RedactionJournalEntry> entries = new ArrayList<>();
        for (Redaction r : redactions.all()) {
            Document document = documents.find(r.documentId()).orElse(null);
            entries.add(RedactionJournalEntry.of(r, n -> {
                Revision revision =
                        document == null ? null : document.revision(n).orElse(null);
                return revision != null
                                && r.revisions().stream()
                                        .anyMatch(c -> c.revision() == n
                                                && c.redactedHash().equals(revision.currentHash()))
                        ? revision.body()
                        : null;
            }));
        }
        return entries;
    }
}
