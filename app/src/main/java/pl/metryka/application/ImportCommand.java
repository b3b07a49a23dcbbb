package pl.metryka.application;

import java.util.List;
import pl.metryka.domain.model.document.Withholding;

/**
 * One document brought over from another BIP with its whole history, as the source gave it.
 * Dates stay text until the import service reads them, so a malformed one is reported by field
 * together with every other problem of the document.
 *
 * @param sourceId   the document's identifier in the source BIP (what makes re-running harmless)
 * @param category   slug of the category (menu przedmiotowe) it is filed under
 * @param revisions  every published revision, oldest first
 * @param withdrawal how it was withdrawn in the source, or null
 */
public record ImportCommand(
        String sourceId, String category, List<ImportedRevision> revisions, ImportedWithdrawal withdrawal) {

    public ImportCommand {
        revisions = revisions == null ? List.of() : List.copyOf(revisions);
    }

    /**
     * One revision as it was: {@code publishedAt} is {@code RRRR-MM-DD GG:MM[:SS]} in Polish time
     * (or ISO 8601 with an offset), {@code createdOn} {@code RRRR-MM-DD}, {@code editor} the name of
     * the person who entered it (osoba wprowadzająca) in the source BIP; {@code withheld} an optional
     * art. 8 ust. 5 withholding (with the podmiot in whose interest, like every new withholding).
     */
    public record ImportedRevision(
            String title,
            String body,
            String author,
            String authorPosition,
            String createdOn,
            String publishedAt,
            String editor,
            String reason,
            List<NewAttachment> attachments,
            Withholding withheld) {

        public ImportedRevision {
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }
    }

    /** {@code by} and {@code legalBasis} may be absent: old BIPs rarely kept them. */
    public record ImportedWithdrawal(String at, String reason, String legalBasis, String by) {}
}
