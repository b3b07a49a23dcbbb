package pl.metryka.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything the PDF of one document version shows, already resolved to plain values.
 *
 * @param issuer      the publishing body (podmiot); also the PDF's author
 * @param version     the version number shown
 * @param versionDate the day this version was published; may be null
 * @param archival    true when this is not the current version
 * @param bodyHtml    the (sanitized) body; only its text and structure are used
 * @param metryka     label/value rows in display order
 * @param pageUrl     the public address of this version, printed in the footer
 * @param withheld    the Art. 8 ust. 5 withholding as label/value rows (empty or null when nothing was withheld)
 */
public record PrintableDocument(
        String issuer,
        String title,
        int version,
        LocalDate versionDate,
        boolean archival,
        String bodyHtml,
        List<Attachment> attachments,
        List<MetrykaRow> metryka,
        List<HistoryEntry> history,
        String pageUrl,
        List<MetrykaRow> withheld) {

    public PrintableDocument {
        withheld = withheld == null ? List.of() : List.copyOf(withheld);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        metryka = metryka == null ? List.of() : List.copyOf(metryka);
        history = history == null ? List.of() : List.copyOf(history);
    }

    public record Attachment(String name, String type, long sizeBytes, String sha256) {}

    public record MetrykaRow(String label, String value) {}

    /** One entry of the change register; {@code changedAt} in the bulletin's local time. */
    public record HistoryEntry(int version, LocalDateTime changedAt, String author, String reason) {}
}
