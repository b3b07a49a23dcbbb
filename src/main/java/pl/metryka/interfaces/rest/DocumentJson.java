package pl.metryka.interfaces.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** JSON shapes of documents and revisions in /api/v1. */
public final class DocumentJson {

    private DocumentJson() {
    }

    public record CategoryRef(Long id, String name) {
    }

    /**
     * The metryka of the current version (compliance-docs/metryka.md): every field is that version's,
     * except {@code publishedAt}/{@code firstPublishedAt}, the document's first publication here.
     * {@code modifiedAt}/{@code modifiedBy} are kept for existing clients (same values as
     * {@code versionPublishedAt}/{@code editor}).
     */
    @Schema(description = "Metryka bieżącej wersji dokumentu; pola jak na stronie dokumentu (compliance-docs/metryka.md).")
    public record Metadata(
            @Schema(description = "Podmiot udostępniający informację") String issuer,
            @Schema(description = "Osoba sporządzająca bieżącą wersję") String author,
            @Schema(description = "Stanowisko osoby sporządzającej") String authorPosition,
            @Schema(description = "Osoba wprowadzająca bieżącą wersję") String editor,
            @Schema(description = "Data wytworzenia bieżącej wersji") LocalDate createdOn,
            @Schema(description = "Data pierwszego udostępnienia dokumentu w tym Biuletynie (jak firstPublishedAt)") Instant publishedAt,
            @Schema(description = "Data udostępnienia bieżącej wersji (jak versionPublishedAt)") Instant modifiedAt,
            @Schema(description = "Osoba wprowadzająca bieżącą wersję (jak editor)") String modifiedBy,
            long visits,
            @Schema(description = "Numer wersji, której dotyczy metryka") int version,
            @Schema(description = "Data udostępnienia tej wersji w tym Biuletynie") Instant versionPublishedAt,
            @Schema(description = "Data pierwszego udostępnienia dokumentu w tym Biuletynie") Instant firstPublishedAt,
            @Schema(description = "Data udostępnienia tej wersji w poprzednim BIP (tylko dla wersji zaimportowanych, inaczej null)")
            Instant publishedElsewhereAt) {
    }

    public record WithdrawalJson(Instant at, String by, String reason, String legalBasis) {
    }

    public record DocumentView(Long id, String slug, String title, String status, boolean archived, CategoryRef category,
                               String url, Integer currentRevision, Metadata metadata, WithdrawalJson withdrawal,
                               Instant scheduledFor) {
    }

    public record DocumentList(List<DocumentView> items, long total) {
    }

    public record RevisionSummary(int number, Instant publishedAt, String editor, String author, String reason,
                                  String contentHash, String url,
                                  @Schema(description = "Data udostępnienia w poprzednim BIP (tylko wersje zaimportowane)")
                                  Instant publishedElsewhereAt) {
    }

    public record AttachmentJson(int position, String fileName, String mediaType, long size, String sha256, String description,
                                 String url) {
    }

    public record WithheldJson(
            String scope,
            String legalBasis,
            String decidedBy,
            @Schema(description = "W interesie którego podmiotu dokonano wyłączenia (art. 8 ust. 5 udip); null tylko w wyłączeniach "
                    + "opublikowanych przed wprowadzeniem tego pola, które nie jest wtedy częścią formy kanonicznej")
            String inInterestOf) {
    }

    /**
     * One revision. The members its content hash is taken over are given exactly as hashed
     * (publishedAt and publishedElsewhereAt with six fractional digits), with the hash's format,
     * so anyone can rebuild the hashed bytes (docs/register-format.md).
     */
    public record RevisionView(Long documentId, int number, String state, String title, String body, String issuer,
                               String author, String authorPosition, LocalDate createdOn, String editor,
                               @Schema(format = "date-time", example = "2026-03-01T09:15:00.000000Z",
                                       description = "Data udostępnienia wersji: dokładnie tekst objęty skrótem (UTC, sześć cyfr ułamka sekundy)")
                               String publishedAt,
                               String reason, WithheldJson withheld,
                               List<AttachmentJson> attachments, String contentHash, String url,
                               @Schema(format = "date-time", description = "Data udostępnienia tej wersji w poprzednim BIP (tylko wersje "
                                       + "zaimportowane, inaczej null); jak publishedAt, dokładnie tekst objęty skrótem")
                               String publishedElsewhereAt,
                               @Schema(description = "Data pierwszego udostępnienia dokumentu w tym Biuletynie")
                               Instant firstPublishedAt,
                               List<RevisionRedactionJson> redactions,
                               @Schema(description = "Format skrótu treści, np. metryka-revision/2 (docs/register-format.md)")
                               String format) {
    }

    /**
     * A redaction of this revision after publication: contentHash above stays the hash recorded at
     * publication (the register's commitment); the content now served hashes to redactedHash of
     * the latest redaction, which its REDACTED register entry records.
     */
    public record RevisionRedactionJson(long id, Instant at, String by, String kind, String reason, String legalBasis,
                                        String stub, int occurrences, String originalHash, String redactedHash) {
    }
}
