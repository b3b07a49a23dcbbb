package pl.metryka.interfaces.web.citizen;

import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.Revision;

/**
 * What a document page's validators are made of: the parts of a document whose change must make a
 * browser, nginx or the page cache fetch the page again. Kept apart from {@link DocumentRoutes},
 * which decides what answers an address.
 */
final class DocumentEtags {

    private DocumentEtags() {}

    /** The current page's ETag: it changes with the visit count, the version, the state, the language and any redaction. */
    static String pageEtag(Document document, String lang, long shownVisits) {
        return "W/\"d" + document.id() + "-r" + document.currentRevisionNumber() + "-" + document.status()
                + (document.archived() ? "-a" : "") + "-v" + shownVisits + "-" + lang + "-c" + contentStamp(document)
                + "\"";
    }

    /** The banner of a version page says whether it is current; that is part of what is cached. */
    static String bannerState(Document document, Revision revision) {
        return revision.number() == document.currentRevisionNumber() && document.withdrawal() == null
                ? "current"
                : "archival";
    }

    /** Changes when any published version's content changes (a redaction), so no cache keeps the removed text. */
    static String contentStamp(Document document) {
        return Integer.toHexString(document.publishedRevisions().stream()
                .map(Revision::currentHash)
                .toList()
                .hashCode());
    }
}
