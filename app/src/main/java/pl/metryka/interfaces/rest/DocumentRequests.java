package pl.metryka.interfaces.rest;

import java.util.List;

/** Request bodies of the write endpoints; dates come as text so a bad one is reported by field. */
public final class DocumentRequests {

    private DocumentRequests() {}

    public static class NewDocument {
        public String title;
        public Long categoryId;
        public String author;
        public String authorPosition;
        public String createdOn;
        public String body;
        public Boolean publish;
        public List<Upload> attachments;
    }

    /** A file inside a JSON request, base64-encoded. */
    public static class Upload {
        public String fileName;
        public String mediaType;
        public String contentBase64;
        public String description;
    }

    public static class Amendment {
        public String title;
        public String body;
        public String author;
        public String authorPosition;
        public String createdOn;
        public String reason;
        public Integer baseRevision;
        public Withheld withheld;
        /** Absent: the current revision's attachments are kept. */
        public List<Upload> attachments;
    }

    public static class Withheld {
        public String scope;
        public String legalBasis;
        public String decidedBy;
        /** Art. 8 ust. 5 udip: the podmiot in whose interest the information is withheld; required. */
        public String inInterestOf;
    }

    public static class WithdrawalRequest {
        public String reason;
        public String legalBasis;
    }

    public static class PublicationRequest {
        /** ISO-8601 instant; absent means now. */
        public String at;
    }

    public static class ArchiveRequest {
        public String reason;
    }

    /** Moving a published document to another category: the category's id and the reason. */
    public static class MoveRequest {
        public Long categoryId;
        public String reason;
    }
}
