package pl.metryka.interfaces.web.citizen;

import static pl.metryka.interfaces.web.citizen.DocumentEtags.bannerState;
import static pl.metryka.interfaces.web.citizen.DocumentEtags.pageEtag;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.application.PointInTime;
import pl.metryka.application.VisitCounter;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.DocumentStatus;
import pl.metryka.domain.model.document.MetrykaView;
import pl.metryka.domain.model.document.Revision;
import pl.metryka.interfaces.web.cache.PageCache;
import pl.metryka.interfaces.web.cache.PageCacheFilter;
import pl.metryka.interfaces.web.shared.Language;
import pl.metryka.interfaces.web.shared.PointInTimeView;
import pl.metryka.interfaces.web.shared.Routes;

/**
 * Resolves the readable addresses under {@code /dokument/{slug}} (current page, version
 * permalinks, comparison, print view, PDF, attachments), answers conditional requests, counts
 * visits, and hands pages to Faces.
 *
 * <p>Caching: a published version never changes, so its page, PDF and files are cacheable for a
 * year and carry an ETag made of its content hash. The current page shows a live visit count and
 * must revalidate. A withdrawn document still answers 200 at its address: its banner says it was
 * withdrawn, when, why and on what legal basis, and its last published content stays readable below
 * (a 410 made search engines drop the address, and with it the trace of the withdrawal). Visits: one per GET of the current page by a person (also when answered 304);
 * print view, PDF, versions, HEAD requests, prefetches and crawlers do not count (VisitCounter).
 */
@WebFilter(urlPatterns = "/dokument/*", dispatcherTypes = DispatcherType.REQUEST)
public class DocumentRoutes extends HttpFilter {

    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String REVALIDATE = "no-cache";

    @Inject
    private DocumentCatalog catalog;

    @Inject
    private VisitCounter visits;

    @Inject
    private PdfExport pdf;

    @Inject
    private DocumentFiles files;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String[] parts =
                Routes.currentPath(request).substring("/dokument/".length()).split("/");
        Optional<Document> found = parts[0].isEmpty() ? Optional.empty() : catalog.publicDocument(parts[0]);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Document document = found.get();
        String lang = Language.resolve(request).getLanguage();
        boolean get = "GET".equals(request.getMethod());

        LocalDate day = PointInTimeView.parse(request.getParameter(PointInTimeView.PARAMETER));
        if (parts.length == 1 && day != null) {
            asOf(request, response, document, day);
            return;
        }
        if (parts.length == 1) {
            boolean withdrawn = document.status() == DocumentStatus.WITHDRAWN;
            if (get && !withdrawn) {
                visits.recordVisit(document.id(), PageCacheFilter.view(request));
            }
            long shownVisits = visits.shownVisits(document.id());
            if (notModified(request, response, pageEtag(document, lang, shownVisits), REVALIDATE)) {
                return;
            }
            if (PageCache.capturing(request)) {
                // rendered once with a placeholder: the page cache writes the live count into the kept bytes
                PageCache.withVisits(
                        request, document.id(), !withdrawn, pageEtag(document, lang, PageCache.VISITS_PLACEHOLDER));
                shownVisits = PageCache.VISITS_PLACEHOLDER;
            }
            forward(
                    request,
                    response,
                    new DocumentRoute(DocumentRoute.Kind.PAGE, document, document.currentRevision(), shownVisits),
                    "/citizen/document.xhtml");
            return;
        }
        switch (parts[1]) {
            case "wersja" -> version(request, response, document, parts, lang);
            case "porownaj" -> {
                PageCache.cacheable(request, PageCache.Scope.document(document.id()));
                forward(
                        request,
                        response,
                        DocumentRoute.Kind.COMPARE,
                        document,
                        document.currentRevision(),
                        "/citizen/compare.xhtml");
            }
            case "drukuj" -> {
                response.setHeader("Cache-Control", REVALIDATE);
                forward(
                        request,
                        response,
                        DocumentRoute.Kind.PRINT,
                        document,
                        document.currentRevision(),
                        "/citizen/print.xhtml");
            }
            case "pdf" -> {
                response.setHeader("Cache-Control", REVALIDATE);
                pdf.write(document, document.currentRevision(), false, request, response);
            }
            case "weryfikacja" -> {
                // not kept: witnesses' cosignatures arrive without a register entry, and the page shows them
                response.setHeader("Cache-Control", REVALIDATE);
                forward(
                        request,
                        response,
                        DocumentRoute.Kind.VERIFICATION,
                        document,
                        document.currentRevision(),
                        "/citizen/verification.xhtml");
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void version(
            HttpServletRequest request, HttpServletResponse response, Document document, String[] parts, String lang)
            throws IOException, ServletException {
        Optional<Revision> revision = parts.length > 2
                ? number(parts[2]).flatMap(document::revision).filter(Revision::isPublished)
                : Optional.empty();
        if (revision.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Revision r = revision.get();
        // a version's bytes change only with its document (a redaction; the banner when a newer version comes)
        PageCache.cacheable(request, PageCache.Scope.immutableDocument(document.id()));
        if (parts.length == 3) {
            if (!notModified(
                    request,
                    response,
                    "\"" + r.currentHash() + "-" + lang + "-" + bannerState(document, r) + "\"",
                    IMMUTABLE)) {
                forward(request, response, DocumentRoute.Kind.VERSION, document, r, "/citizen/version.xhtml");
            }
        } else if (parts.length == 4 && "pdf".equals(parts[3])) {
            if (!notModified(request, response, "\"" + r.currentHash() + "-pdf\"", IMMUTABLE)) {
                pdf.write(document, r, true, request, response);
            }
        } else if (parts.length >= 5 && "zalacznik".equals(parts[3])) {
            files.attachment(request, response, r, parts[4]);
        } else if (parts.length == 5 && "miniatura".equals(parts[3])) {
            files.thumbnail(request, response, r, parts[4]);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** The document as it stood at the end of {@code day}: the version then current, or 404 if it was not yet public. */
    private void asOf(HttpServletRequest request, HttpServletResponse response, Document document, LocalDate day)
            throws IOException, ServletException {
        Instant t = PointInTime.endOf(day);
        Optional<Revision> then = document.revisionAsOf(t);
        if (then.isEmpty() && MetrykaView.elsewhereAsOf(document, t).isPresent()) {
            // imported later: then public in the former BIP, not here; say so instead of showing it as this bulletin's
            Revision inForceElsewhere = document.publishedRevisions().stream()
                    .filter(r -> r.metryka().publishedElsewhereAt() != null
                            && r.metryka().publishedElsewhereAt().isBefore(t))
                    .reduce((earlier, later) -> later)
                    .orElseThrow();
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setHeader("Cache-Control", REVALIDATE);
            forward(
                    request,
                    response,
                    DocumentRoute.Kind.ELSEWHERE,
                    document,
                    inForceElsewhere,
                    "/citizen/elsewhere.xhtml");
            return;
        }
        if (then.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", REVALIDATE);
        PageCache.cacheable(request, PageCache.Scope.document(document.id()));
        forward(request, response, DocumentRoute.Kind.VERSION, document, then.get(), "/citizen/version.xhtml");
    }

    static boolean notModified(
            HttpServletRequest request, HttpServletResponse response, String etag, String cacheControl) {
        cacheHeaders(response, etag, cacheControl);
        if (matches(request, etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        return false;
    }

    /** Whether the reader's copy is {@code etag}'s: then a 304 answers, whatever making the body would cost. */
    static boolean matches(HttpServletRequest request, String etag) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        return ifNoneMatch != null && ifNoneMatch.contains(etag);
    }

    /** For a 200 or a 304 only: an error answer with these would be kept by caches in place of the resource. */
    static void cacheHeaders(HttpServletResponse response, String etag, String cacheControl) {
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("Vary", "Cookie");
    }

    private static void forward(
            HttpServletRequest request,
            HttpServletResponse response,
            DocumentRoute.Kind kind,
            Document document,
            Revision revision,
            String view)
            throws IOException, ServletException {
        forward(request, response, new DocumentRoute(kind, document, revision, null), view);
    }

    private static void forward(
            HttpServletRequest request, HttpServletResponse response, DocumentRoute route, String view)
            throws IOException, ServletException {
        request.setAttribute(DocumentRoute.ATTRIBUTE, route);
        request.getRequestDispatcher(view).forward(request, response);
    }

    static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
