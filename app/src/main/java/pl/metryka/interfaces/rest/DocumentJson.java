package pl.metryka.interfaces.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** JSON shapes of documents and revisions in /api/v1. */
public final class DocumentJson {

    private DocumentJson() {}

    public record CategoryRef(Long id, String name) {}

    /**
     * The metryka of the current version (compliance-docs/metryka.md): every field is that version's,
     * except {@code publishedAt}/{@code firstPublishedAt}, the document's first publication here.
     * {@code modifiedAt}/{@code modifiedBy} are kept for existing clients (same values as
     * {@code versionPublishedAt}/{@code editor}).
     */
    public record Metadata(
            String issuer,
            String author,
            String authorPosition,
            String editor,
            LocalDate createdOn,
            Instant publishedAt,
            Instant modifiedAt,
            String modifiedBy,
            long visits,
            int version,
            Instant versionPublishedAt,
            Instant firstPublishedAt,
            Instant publishedElsewhereAt) {}

    public record WithdrawalJson(Instant at, String by, String reason, String legalBasis) {}

    public record DocumentView(
            Long id,
            String slug,
            String title,
            String status,
            boolean archived,
            CategoryRef category,
            String url,
            Integer currentRevision,
            Metadata metadata,
            WithdrawalJson withdrawal,
            Instant scheduledFor) {}

    public record DocumentList(List<DocumentView> items, long total) {}

    public record RevisionSummary(
            int number,
            Instant publishedAt,
            String editor,
            String author,
            String reason,
            String contentHash,
            String url,
            Instant publishedElsewhereAt) {}

    public record AttachmentJson(
            int position,
            String fileName,
            String mediaType,
            long size,
            String sha256,
            String description,
            String url) {}

    public record WithheldJson(String scope, String legalBasis, String decidedBy, String inInterestOf) {}

    /**
     * One revision. The members its content hash is taken over are given exactly as hashed
     * (publishedAt and publishedElsewhereAt with six fractional digits), with the hash's format,
     * so anyone can rebuild the hashed bytes (docs/register-format.md).
     */
    public record RevisionView(
            Long documentId,
            int number,
            String state,
            String title,
            String body,
            String issuer,
            String author,
            String authorPosition,
            LocalDate createdOn,
            String editor,
            String publishedAt,
            String reason,
            WithheldJson withheld,
            List<AttachmentJson> attachments,
            String contentHash,
            String url,
            String publishedElsewhereAt,
            Instant firstPublishedAt,
            List<RevisionRedactionJson> redactions,
            String format) {}

    /**
     * A redaction of this revision after publication: contentHash above stays the hash recorded at
     * publication (the register's commitment); the content now served hashes to redactedHash of
     * the latest redaction, which its REDACTED register entry records.
     */
    public record RevisionRedactionJson(
            long id,
            Instant at,
            String by,
            String kind,
            String reason,
            String legalBasis,
            String stub,
            int occurrences,
            String originalHash,
            String redactedHash) {}
}
