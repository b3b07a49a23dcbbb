package pl.metryka.interfaces.feed;

import java.util.Locale;
import pl.metryka.application.PublicChange;
import pl.metryka.domain.model.document.MetrykaView;
import pl.metryka.interfaces.web.shared.Routes;

/** Turns public changes into Atom entries: a stable tag URI, a Polish title, a link to the version page. */
final class ChangeEntries {

    static final int SUMMARY_LENGTH = 300;
    /** The date in tag URIs (RFC 4151) must never change, or every reader would see every entry as new. */
    private static final String TAG_DATE = "2026";

    private final String host;
    private final String site;

    /** {@code host} and {@code site}: the configured public address ({@link pl.metryka.application.PublicAddress}). */
    ChangeEntries(String host, String site) {
        this.host = host;
        this.site = site;
    }

    String tag(String path) {
        return "tag:" + host + "," + TAG_DATE + ":metryka/" + path;
    }

    String url(String path) {
        return site + path;
    }

    AtomFeed.Entry entry(PublicChange c) {
        String id = tag("document/" + c.documentId() + "/revision/" + c.revision() + "/"
                + c.action().name().toLowerCase(Locale.ROOT));
        // an entry that made a version public names that version's osoba wprowadzająca and publication
        // moment, from the one metryka definition; other changes name who made them
        MetrykaView m = c.metryka();
        return new AtomFeed.Entry(
                id,
                title(c),
                c.at(),
                m != null ? m.editor() : c.actor(),
                url(Routes.version(c.slug(), c.revision())),
                summary(c),
                m != null ? m.versionPublishedAt() : null);
    }

    static String title(PublicChange c) {
        return switch (c.action()) {
            case PUBLISHED -> "Opublikowano: " + c.title();
            case AMENDED -> "Zmieniono (wersja " + c.revision() + "): " + c.title();
            case WITHDRAWN -> "Wycofano: " + c.title();
            case ARCHIVED -> "Przeniesiono do archiwum: " + c.title();
            case IMPORTED -> "Zaimportowano (wersja " + c.revision() + "): " + c.title();
            case REDACTED -> "Usunięto fragment (wersja " + c.revision() + "): " + c.title();
            case MOVED -> "Przeniesiono do innej kategorii: " + c.title();
            default -> c.title();
        };
    }

    private static String summary(PublicChange c) {
        if (c.reason() != null && !c.reason().isBlank()) {
            return c.reason();
        }
        return c.body() == null ? null : XmlText.excerpt(c.body(), SUMMARY_LENGTH);
    }
}
