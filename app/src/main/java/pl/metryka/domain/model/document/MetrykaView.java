package pl.metryka.domain.model.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The one definition of the metryka a reader is shown for one version of a document. Every
 * representation (document and version pages, print view, PDF, JSON API, JSON-LD, bulletin.json,
 * Atom entries, search results and document lists, also "stan na dzień") takes its fields from
 * here, so no two of them can mix revisions (compliance-docs/metryka.md writes the rules down).
 *
 * <p>All fields but {@code firstPublishedAt} come from the version shown: who produced it and when,
 * who entered it and the moment this bulletin published that version. {@code firstPublishedAt} is
 * the document's, the moment this bulletin first published it (its revision 1), never to be read as
 * the version's. {@code publishedElsewhereAt} is set only for a version imported from a former BIP:
 * when that BIP had published it.
 *
 * @param issuer               podmiot udostępniający informację (as it stood at the version's publication)
 * @param author               osoba sporządzająca (who produced the information)
 * @param authorPosition       her or his stanowisko
 * @param createdOn            data wytworzenia
 * @param editor               osoba wprowadzająca: who entered this version
 * @param versionPublishedAt   data udostępnienia tej wersji in this bulletin
 * @param firstPublishedAt     data pierwszego udostępnienia dokumentu in this bulletin
 * @param publishedElsewhereAt data udostępnienia w poprzednim BIP (imported versions only, else null)
 * @param version              number of the version shown
 * @param reason               why this version changed the previous one (null for version 1)
 * @param contentHash          SHA-256 of the version's canonical form
 */
public record MetrykaView(
        String issuer,
        String author,
        String authorPosition,
        LocalDate createdOn,
        String editor,
        Instant versionPublishedAt,
        Instant firstPublishedAt,
        Instant publishedElsewhereAt,
        int version,
        String reason,
        String contentHash) {

    /** The metryka of {@code shown}, a version of {@code document}. */
    public static MetrykaView of(Document document, Revision shown) {
        Metryka m = shown.metryka();
        return new MetrykaView(
                m.issuer(),
                m.author(),
                m.authorPosition(),
                m.createdOn(),
                m.editorName(),
                m.publishedAt(),
                firstPublication(document),
                m.publishedElsewhereAt(),
                shown.number(),
                m.reason(),
                shown.contentHash());
    }

    /** The metryka of the version the public saw in this bulletin just before {@code t}; empty if it was not yet here. */
    public static Optional<MetrykaView> asOf(Document document, Instant t) {
        return document.revisionAsOf(t).map(r -> of(document, r));
    }

    /**
     * When the former BIP had published the document, if it was imported and was public there before
     * {@code t} while not yet in this bulletin; what a "stan na dzień" before the import says instead.
     */
    public static Optional<Instant> elsewhereAsOf(Document document, Instant t) {
        if (document.revisionAsOf(t).isPresent()) {
            return Optional.empty();
        }
        return document.publishedRevisions().stream()
                .map(r -> r.metryka().publishedElsewhereAt())
                .filter(at -> at != null && at.isBefore(t))
                .findFirst();
    }

    /** "Jan Kowalski, Sekretarz Gminy": the osoba sporządzająca as one line. */
    public String authorWithPosition() {
        return authorPosition == null ? author : author + ", " + authorPosition;
    }

    public boolean imported() {
        return publishedElsewhereAt != null;
    }

    private static Instant firstPublication(Document document) {
        if (document.firstPublishedAt() != null) {
            return document.firstPublishedAt();
        }
        return document.publishedRevisions().stream()
                .findFirst()
                .map(r -> r.metryka().publishedAt())
                .orElse(null);
    }
}
