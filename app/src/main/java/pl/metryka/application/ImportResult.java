package pl.metryka.application;

/**
 * What the import did with one source document: {@code IMPORTED} (new document), {@code UPDATED}
 * (only the revisions or withdrawal the source gained since), or {@code SKIPPED} (already here).
 */
public record ImportResult(
        String sourceId,
        Outcome outcome,
        Long documentId,
        String slug,
        int revisionsImported,
        int revisionsTotal,
        String message) {

    public enum Outcome {
        IMPORTED,
        UPDATED,
        SKIPPED
    }
}
