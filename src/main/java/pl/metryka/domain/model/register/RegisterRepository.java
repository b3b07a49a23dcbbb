package pl.metryka.domain.model.register;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

public interface RegisterRepository {

    /** The head, locked until the transaction ends. */
    RegisterHead lockHead();

    RegisterHead head();

    void add(RegisterEntry entry);

    List<RegisterEntry> after(long seq, int limit);

    List<RegisterEntry> forDocument(long documentId);

    /** The newest entries citizens see ({@link RegisterAction#isPublicChange()}), newest first. */
    List<RegisterEntry> newestPublic(int limit);

    /** The same, only for these documents. */
    List<RegisterEntry> newestPublicFor(Collection<Long> documentIds, int limit);

    /** Every entry in sequence order, in batches, without holding them all in memory. */
    void forEachInOrder(Consumer<RegisterEntry> visitor);
}
