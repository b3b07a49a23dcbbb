package pl.metryka.application;

import java.util.Collection;
import java.util.Map;

/**
 * Where the view counts of documents' public pages (liczba odwiedzin) are kept. A port: the
 * {@link VisitCounter} decides when counts are read and written; how they are stored is
 * infrastructure's. Every write adds deltas ({@code visits + n}), never sets a total, so
 * several instances writing at once stay exact.
 */
public interface VisitStore {

    /** The stored count of one document (0 for a document with none). */
    long stored(long documentId);

    /** The stored counts of these documents; a document that does not exist is left out. */
    Map<Long, Long> stored(Collection<Long> documentIds);

    /** Adds each document's delta, all in one transaction: all are written, or none. */
    void add(Map<Long, Long> deltas);

    /**
     * Like {@link #add}, on a connection of its own rather than the server's pool: at JVM exit the
     * pool may already be gone, and the database is not.
     */
    void addOnOwnConnection(Map<Long, Long> deltas);

    /** The store cannot be reached or refused the statement; nothing of the call was written. */
    final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
