package pl.metryka.application;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Where the view counts of documents' public pages (liczba odwiedzin) are kept. A port: the
 * {@link VisitCounter} decides when counts are read and written; how they are stored is
 * infrastructure's. Every write adds deltas ({@code visits + n}), never sets a total, so
 * several instances writing at once stay exact; and every write is a batch with an id, stored with
 * it, so that a batch retried after an attempt whose answer was lost is not added twice.
 */
public interface VisitStore {

    /** The stored count of one document (0 for a document with none). */
    long stored(long documentId);

    /** The stored counts of these documents; a document that does not exist is left out. */
    Map<Long, Long> stored(Collection<Long> documentIds);

    /**
     * Adds each document's delta, all in one transaction with the batch's id: all are written, or
     * none. Returns false, writing nothing, when the batch's id is already stored: an earlier
     * attempt committed although its caller never learnt it.
     */
    boolean add(UUID batch, Map<Long, Long> deltas);

    /**
     * Like {@link #add}, on a connection of its own rather than the server's pool: at JVM exit the
     * pool may already be gone, and the database is not.
     */
    boolean addOnOwnConnection(UUID batch, Map<Long, Long> deltas);

    /**
     * The store cannot be reached or refused the statement. {@link #maybeWritten()} says whether
     * the batch may have been committed all the same (the failure came once the statements were
     * sent): then only a retry of the same batch is safe; otherwise nothing of it was written.
     */
    final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final boolean maybeWritten;

        public Unavailable(String message, Throwable cause) {
            this(message, cause, false);
        }

        public Unavailable(String message, Throwable cause, boolean maybeWritten) {
            super(message, cause);
            this.maybeWritten = maybeWritten;
        }

        public boolean maybeWritten() {
            return maybeWritten;
        }
    }
}
