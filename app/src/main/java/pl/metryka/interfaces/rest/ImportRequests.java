package pl.metryka.interfaces.rest;

import java.util.List;
import pl.metryka.interfaces.rest.DocumentRequests.Upload;

/** Body of {@code POST /api/v1/import/documents}: one document of another BIP with its whole history. */
public final class ImportRequests {

    private ImportRequests() {}

    public static class ImportedDocument {
        public String sourceId;
        /** Slug of the category. */
        public String category;
        /** Oldest first. */
        public List<ImportedRevision> revisions;

        public ImportedWithdrawal withdrawal;
    }

    public static class ImportedRevision {
        public String title;
        public String body;
        public String author;
        public String authorPosition;
        /** RRRR-MM-DD */
        public String createdOn;
        /** RRRR-MM-DD GG:MM[:SS] Polish time, or ISO 8601 with offset */
        public String publishedAt;
        /** The person who entered it in the source BIP (osoba wprowadzająca). */
        public String editor;

        public String reason;
        public List<Upload> attachments;
        /** Optional: what the source BIP withheld (art. 8 ust. 5); when given, all four fields incl. inInterestOf. */
        public DocumentRequests.Withheld withheld;
    }

    public static class ImportedWithdrawal {
        public String at;
        public String reason;
        public String legalBasis;
        public String by;
    }
}
