package pl.metryka.domain.model.document;

import java.lang.reflect.Field;

/**
 * A revision as it is loaded from a data directory written before format 2: the database gives
 * it hash_format 1 (schema V18), which no constructor of the domain sets.
 */
public final class FormatOne {

    private FormatOne() {}

    public static Revision of(Revision revision) {
        try {
            Field format = Revision.class.getDeclaredField("hashFormat");
            format.setAccessible(true);
            format.setInt(revision, 1);
            return revision;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
