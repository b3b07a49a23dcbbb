package pl.metryka.domain.model.document;

import java.util.List;

public interface RedactionRepository {

    /** Stores the record and writes it at once: the guard triggers look for it before the revision changes. */
    void add(Redaction redaction);

    List<Redaction> ofDocument(long documentId);

    List<Redaction> all();
}
