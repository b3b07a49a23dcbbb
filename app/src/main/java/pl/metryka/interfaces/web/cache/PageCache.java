package pl.metryka.interfaces.web.cache;

import jakarta.servlet.ServletRequest;

/**
 * How a route opts in to the page cache. Nothing is kept unless the code that produced the
 * response said what it depends on; {@link PageCacheFilter} does the rest.
 */
public final class PageCache {

    /** Shown instead of the visit count in a page rendered for the cache; the cache writes the live count in its place. */
    public static final long VISITS_PLACEHOLDER = Long.MIN_VALUE;

    static final String DECLARATION = "metryka.pageCache";

    /** What a kept response depends on. */
    public enum Kind {
        /** anything public (home, menus, category and statutory pages, search, feeds): until the register head moves */
        BULLETIN,
        /** one document's page that may change: until the head moves */
        DOCUMENT,
        /** a published version's bytes: until that document changes (a redaction, a new version's banner) */
        IMMUTABLE
    }

    public record Scope(Kind kind, long documentId) {
        public static final Scope BULLETIN = new Scope(Kind.BULLETIN, 0);

        public static Scope document(long id) {
            return new Scope(Kind.DOCUMENT, id);
        }

        public static Scope immutableDocument(long id) {
            return new Scope(Kind.IMMUTABLE, id);
        }
    }

    /** The current document page: its count is live; {@code etag} holds {@link #VISITS_PLACEHOLDER} where the count goes. */
    record Visits(long documentId, boolean counted, String etag) {}

    /** What the route declared during one request. */
    static final class Declaration {
        Scope scope;
        Visits visits;
    }

    private PageCache() {}

    /** Whether this request renders for the cache (the route should then show the visit placeholder). */
    public static boolean capturing(ServletRequest request) {
        return request.getAttribute(DECLARATION) instanceof Declaration;
    }

    /** Lets the response to this request be kept, with what it depends on. */
    public static void cacheable(ServletRequest request, Scope scope) {
        if (request.getAttribute(DECLARATION) instanceof Declaration declaration) {
            declaration.scope = scope;
        }
    }

    /**
     * The current page of a document: kept under {@link Scope#document}, answered with the live
     * count in place of {@link #VISITS_PLACEHOLDER} in the body and in {@code etag}; {@code counted}
     * says whether a view of it counts (not once it is withdrawn).
     */
    public static void withVisits(ServletRequest request, long documentId, boolean counted, String etag) {
        if (request.getAttribute(DECLARATION) instanceof Declaration declaration) {
            declaration.scope = Scope.document(documentId);
            declaration.visits = new Visits(documentId, counted, etag);
        }
    }
}
