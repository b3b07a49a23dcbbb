package pl.metryka.domain.model.document;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import pl.metryka.domain.model.register.RegisterAction;
import pl.metryka.domain.model.register.RegisterEntry;

/** Read-side queries over the bulletin's past: public changes, withdrawn and archived documents, any past date. */
public interface DocumentHistory {

    /** Public changes (publications, amendments, withdrawals, archiving), newest first. */
    List<RegisterEntry> publicChanges(
            Collection<RegisterAction> actions, Instant from, Instant to, int offset, int limit);

    long countPublicChanges(Collection<RegisterAction> actions, Instant from, Instant to);

    List<Document> withdrawn(int offset, int limit);

    long countWithdrawn();

    List<Document> archived(int offset, int limit);

    long countArchived();

    /** Documents first published before {@code t} (in any of the categories, when given), newest first. */
    List<Document> publishedBefore(Instant t, Collection<Long> categoryIds, int offset, int limit);

    long countPublishedBefore(Instant t, Collection<Long> categoryIds);

    /** Documents most recently amended, newest amendment first. */
    List<Document> recentlyAmended(int limit);

    Map<Long, String> slugs(Collection<Long> documentIds);
}
