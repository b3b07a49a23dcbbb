package pl.metryka.interfaces.web.shared;

import java.util.function.IntFunction;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.domain.shared.Paging;

/**
 * The {@code strona} parameter of the citizens' paged lists (from 1). A number past the last page -
 * however large, up to and beyond what an int holds - shows the last page, as a reader following an
 * old link expects; a missing or malformed one shows the first.
 */
public final class PageNumber {

    private PageNumber() {}

    /** The page shown (from 0) and its rows. */
    public record Shown<T>(int page, DocumentCatalog.Page<T> result) {}

    /** Loads the page {@code strona} asks for, or the last page when it is past the end. */
    public static <T> Shown<T> show(String strona, int size, IntFunction<DocumentCatalog.Page<T>> load) {
        int page = (int) Math.min(requested(strona), Paging.lastPage(size));
        DocumentCatalog.Page<T> result = load.apply(page);
        int last = Paging.within(page, result.total(), size);
        if (page > last) {
            page = last;
            result = load.apply(page);
        }
        return new Shown<>(page, result);
    }

    private static long requested(String strona) {
        try {
            return Math.max(0, Long.parseLong(strona == null ? "" : strona.strip()) - 1);
        } catch (NumberFormatException e) {
            return strona != null && strona.strip().matches("\\d+") ? Long.MAX_VALUE : 0;
        }
    }
}
