package pl.metryka.domain.model.document;

import java.util.List;

/** The back office's views over all documents, whatever their status: desks, lists, searches by title. */
public interface DocumentWorklist {

    /** Drafts (not yet scheduled) started by this user, newest first. */
    List<Document> draftsOf(String username, int limit);

    /** Every draft not yet scheduled: what waits for a REDAKTOR_NACZELNY to publish it, oldest first. */
    List<Document> waitingForPublication(int limit);

    /** Scheduled publications, soonest first. */
    List<Document> scheduled(int limit);

    /** Published documents, most recently published first. */
    List<Document> recentlyPublished(int limit);

    /** Documents whose newest revision was saved most recently, whatever its state. */
    List<Document> recentlyChanged(int limit);

    /** All documents, newest first, optionally only those with a status or a title containing {@code titleContains}. */
    List<Document> find(DocumentStatus status, String titleContains, int offset, int limit);

    long count(DocumentStatus status, String titleContains);
}
