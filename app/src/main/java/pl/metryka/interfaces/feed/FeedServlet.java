package pl.metryka.interfaces.feed;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.application.PodmiotSettings;
import pl.metryka.application.PublicAddress;
import pl.metryka.application.PublicChange;
import pl.metryka.application.PublicChanges;
import pl.metryka.interfaces.web.cache.PageCache;
import pl.metryka.interfaces.web.shared.Routes;

/**
 * The Atom feeds: {@code /kanal/atom} (the whole site), {@code /kanal/kategoria/{slug}} (a category
 * with its subcategories) and {@code /kanal/dokument/{slug}} (every change of one document); the
 * same three as RSS 2.0 under {@code /kanal/rss} ({@code /kanal/rss/kategoria/{slug}},
 * {@code /kanal/rss/dokument/{slug}}). Readers poll, so every answer revalidates and a feed that
 * has not changed answers 304.
 */
@WebServlet("/kanal/*")
public class FeedServlet extends HttpServlet {

    static final String CONTENT_TYPE = "application/atom+xml;charset=UTF-8";
    private static final int ENTRIES = 50;
    private static final String BIP = "Biuletyn Informacji Publicznej";

    @Inject
    private PublicChanges changes;

    @Inject
    private DocumentCatalog catalog;

    @Inject
    private PodmiotSettings podmiot;

    @Inject
    private PublicAddress address;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageCache.cacheable(request, PageCache.Scope.BULLETIN);
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/").substring(1);
        boolean rss = path.equals("rss") || path.startsWith("rss/");
        String[] parts = (rss ? (path.equals("rss") ? "atom" : path.substring("rss/".length())) : path).split("/", -1);
        ChangeEntries entries = new ChangeEntries(address.host(), address.site());
        String site = podmiot.name() + " – " + BIP;
        Optional<Source> source = Optional.empty();
        if (parts.length == 1 && "atom".equals(parts[0])) {
            source = Optional.of(new Source("feed", site, "/", changes.newest(ENTRIES)));
        } else if (parts.length == 2 && "kategoria".equals(parts[0]) && !parts[1].isEmpty()) {
            // a renamed category's old address keeps its subscribers (the feed's id is the category's, not the slug's)
            source = catalog.category(parts[1])
                    .or(() -> catalog.categoryFormerlyAt(parts[1]))
                    .map(c -> new Source(
                            "feed/category/" + c.id(),
                            site + " – " + c.name(),
                            "/kategoria/" + c.slug(),
                            changes.newestUnder(c, ENTRIES)));
        } else if (parts.length == 2 && "dokument".equals(parts[0]) && !parts[1].isEmpty()) {
            source = catalog.publicDocument(parts[1])
                    .map(d -> new Source(
                            "feed/document/" + d.id(),
                            site + " – " + d.currentRevision().title(),
                            Routes.document(d.slug()),
                            changes.newestOf(d, ENTRIES)));
        }
        if (source.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Instant bulletinChanged =
                source.get().changes().isEmpty() ? changes.lastChange(ENTRIES).orElse(Instant.EPOCH) : null;
        write(request, response, source.get().feed(entries, selfUrl(request), bulletinChanged), rss);
    }

    private String selfUrl(HttpServletRequest request) {
        return address.of(request.getServletPath()
                + Optional.ofNullable(request.getPathInfo()).orElse(""));
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, AtomFeed feed, boolean rss)
            throws IOException {
        XmlAnswer.Content body = rss ? xml -> RssWriter.write(feed, xml) : xml -> AtomWriter.write(feed, xml);
        String type = rss ? RssWriter.CONTENT_TYPE : CONTENT_TYPE;
        XmlAnswer.send(request, response, type, feed.updated(), "feed " + feed.id(), body);
    }

    /** What a feed is about: its tag, title, the page it mirrors, and its changes (newest first). */
    private record Source(String tagPath, String title, String pagePath, List<PublicChange> changes) {

        /** {@code bulletinChanged}: for a feed with no entries, when the bulletin last changed (not "now", which would change its ETag every second). */
        AtomFeed feed(ChangeEntries entries, String selfUrl, Instant bulletinChanged) {
            List<AtomFeed.Entry> atom = changes.stream().map(entries::entry).toList();
            Instant updated =
                    changes.isEmpty() ? bulletinChanged : changes.get(0).at();
            return new AtomFeed(entries.tag(tagPath), title, updated, selfUrl, entries.url(pagePath), atom);
        }
    }
}
