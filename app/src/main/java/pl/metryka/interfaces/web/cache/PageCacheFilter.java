package pl.metryka.interfaces.web.cache;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import pl.metryka.application.BulletinHead.Position;
import pl.metryka.application.DatabaseOutage;
import pl.metryka.application.PageView;
import pl.metryka.application.VisitCounter;
import pl.metryka.domain.shared.Moment;
import pl.metryka.interfaces.web.shared.Language;
import pl.metryka.interfaces.web.shared.Routes;

/**
 * Serves anonymous GET and HEAD requests from {@link PageStore} without Faces or the database
 * (but for one read of the register head), and keeps what a route let be kept
 * ({@link PageCache}). Signed-in users (a session login, an Authorization header) and the back
 * office, the API, metrics and health always go through. {@code X-Cache: HIT|MISS} says which.
 */
public class PageCacheFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(PageCacheFilter.class.getName());
    private static final List<String> NEVER = List.of(
            "/panel",
            "/logowanie",
            "/api",
            "/metrics",
            "/health",
            "/jakarta.faces.resource",
            "/resources",
            "/error",
            "/tlog");
    // set again by the filters in front on every response, or not the kept page's own
    private static final Set<String> NOT_KEPT = Set.of(
            "set-cookie", "content-length", "content-type", "date", "x-cache", "transfer-encoding", "connection");

    @Inject
    private PageStore store;

    @Inject
    private VisitCounter visits;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!eligible(request)) {
            chain.doFilter(request, response);
            return;
        }
        Position head;
        try {
            head = store.freshHead(System.nanoTime());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Page cache: no register head", e);
            if (DatabaseOutage.causedBy(e)) {
                // as DatabaseOutageFilter answers, without waiting for the database a second time
                response.setHeader("Retry-After", "60");
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        // the day too: pages carry today's date (the ?stan= picker's limit), so a page kept yesterday is not today's
        String query = request.getQueryString();
        String key = Routes.currentPath(request) + (query == null ? "" : "?" + query) + "|"
                + Language.resolve(request).getLanguage() + "|" + LocalDate.now(Moment.POLAND);
        CachedPage page = store.get(key, head);
        if (page != null) {
            serve(page, request, response);
            return;
        }
        if (!"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        PageCache.Declaration declaration = new PageCache.Declaration();
        request.setAttribute(PageCache.DECLARATION, declaration);
        CapturingResponse capture = new CapturingResponse(response, store.largestKept());
        try {
            chain.doFilter(request, capture);
        } finally {
            request.removeAttribute(PageCache.DECLARATION);
        }
        if (capture.handedOver()) {
            return;
        }
        if (capture.passedThrough()) {
            capture.finish(); // too large to keep (a big attachment): already on its way to the client
            return;
        }
        byte[] body = capture.body();
        PageCache.Visits counted = declaration.visits;
        boolean keep = declaration.scope != null
                && capture.getStatus() == HttpServletResponse.SC_OK
                && !capture.setCookie()
                && madeForNoOne(request, body);
        CachedPage made = keep
                ? CachedPage.of(
                        response.getContentType(),
                        headers(response),
                        body,
                        counted == null ? etag(response, head, body) : counted.etag(),
                        declaration.scope,
                        counted,
                        head)
                : null;
        response.setHeader("X-Cache", "MISS");
        if (made != null) {
            store.put(key, made);
            if (counted == null && made.etag() != null) {
                response.setHeader("ETag", made.etag());
            }
        }
        if (counted != null) {
            long count = visits.shownVisits(counted.documentId());
            response.setHeader("ETag", CachedPage.etagWithCount(counted.etag(), count));
            body = CachedPage.withCount(body, count);
        }
        if (capture.getStatus() != HttpServletResponse.SC_NOT_MODIFIED) {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private void serve(CachedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        if (page.contentType() != null) {
            response.setContentType(page.contentType());
        }
        List<String> set = new ArrayList<>();
        for (CachedPage.Header header : page.headers()) {
            if (set.contains(header.name())) {
                response.addHeader(header.name(), header.value());
            } else {
                response.setHeader(header.name(), header.value());
                set.add(header.name());
            }
        }
        long count = 0;
        String etag = page.etag();
        if (page.visits() != null) {
            // the one part of a page that changes with every view: counted by the same rules as DocumentRoutes
            if (page.visits().counted() && "GET".equals(request.getMethod())) {
                visits.recordVisit(page.visits().documentId(), view(request));
            }
            count = visits.shownVisits(page.visits().documentId());
            etag = CachedPage.etagWithCount(page.visits().etag(), count);
        }
        response.setHeader("X-Cache", "HIT");
        if (etag != null) {
            response.setHeader("ETag", etag);
            String ifNoneMatch = request.getHeader("If-None-Match");
            if (ifNoneMatch != null && ifNoneMatch.contains(etag)) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        byte[] body = page.body(count);
        response.setContentLength(body.length);
        if ("GET".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** The request as the visit counter judges it (a prefetch or a bot is no visit); for every page that counts one. */
    public static PageView view(HttpServletRequest request) {
        return new PageView(
                request.getMethod(),
                request.getHeader("User-Agent"),
                Arrays.asList(
                        request.getHeader("Sec-Purpose"),
                        request.getHeader("Purpose"),
                        request.getHeader("X-Moz"),
                        request.getHeader("X-Purpose")));
    }

    /**
     * Whether the page holds nothing of one reader's: no session existed before this request (one
     * made by it holds only PrimeFaces' CSP nonce for this view: its cookie is not kept) and the page
     * carries no form state tied to a session.
     */
    private static boolean madeForNoOne(HttpServletRequest request, byte[] body) {
        HttpSession session = request.getSession(false);
        return (session == null || session.isNew())
                && !new String(body, StandardCharsets.ISO_8859_1).contains("jakarta.faces.ViewState");
    }

    /**
     * Anonymous GET and HEAD requests outside the back office, the API and the operators' endpoints.
     * Anonymous means no Authorization header and no signed-in user: an anonymous session cookie
     * (PrimeFaces' CSP keeps its nonce in a session on every Faces page) does not make a reader
     * someone else, and a signed-in clerk's session is recognised before this filter runs.
     */
    private boolean eligible(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)
                || request.getHeader("Authorization") != null
                || request.getUserPrincipal() != null) {
            return false;
        }
        String path = Routes.currentPath(request);
        for (String prefix : NEVER) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }

    private static List<CachedPage.Header> headers(HttpServletResponse response) {
        List<CachedPage.Header> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : response.getHeaders(name)) {
                    headers.add(new CachedPage.Header(name, value));
                }
            }
        }
        return headers;
    }

    /** The route's own ETag, else one of the head and the bytes (a page that depends on the head revalidates). */
    private static String etag(HttpServletResponse response, Position head, byte[] body) {
        String own = response.getHeader("ETag");
        if (own != null) {
            return own;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "W/\"h" + head.seq() + "-" + HexFormat.of().formatHex(hash, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
