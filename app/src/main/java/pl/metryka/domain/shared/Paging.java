package pl.metryka.domain.shared;

/**
 * The one place a page number and size become a row offset. The offset is computed as a long and
 * must fit the int that JPA's {@code setFirstResult} takes: {@code page × size} beyond it wrapped
 * round to a negative offset and a 500 before. Out-of-range input is refused naming the parameter.
 */
public final class Paging {

    private Paging() {}

    /** The offset of page {@code page} (from 0) of {@code size} rows; refuses what has none. */
    public static int offset(int page, int size) {
        if (size < 1) {
            throw InvalidInputException.of("size", "paging.size.invalid");
        }
        if (page < 0 || page > lastPage(size)) {
            throw InvalidInputException.of(
                    "page", "paging.page.invalid", String.valueOf(lastPage(size)), String.valueOf(size));
        }
        return page * size;
    }

    /** The highest page number whose offset still fits, for callers that keep a page in range instead. */
    public static int lastPage(int size) {
        return Integer.MAX_VALUE / Math.max(1, size);
    }

    /** The page (from 0) a reader asking for {@code requested} is shown: the last page holding rows, or 0. */
    public static int within(long requested, long total, int size) {
        long last = total <= 0 ? 0 : (total - 1) / size;
        return (int) Math.max(0, Math.min(requested, last));
    }
}
