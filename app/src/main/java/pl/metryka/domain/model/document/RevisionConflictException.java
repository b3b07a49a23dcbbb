package pl.metryka.domain.model.document;

/** An amendment was based on a revision that is no longer the current one. Nothing was changed. */
public class RevisionConflictException extends RuntimeException {

    private final int baseRevision;
    private final int currentRevision;

    public RevisionConflictException(int baseRevision, int currentRevision) {
        super("Zmiana oparta na wersji " + baseRevision + ", a aktualna jest wersja " + currentRevision
                + ": ktoś zmienił dokument w międzyczasie.");
        this.baseRevision = baseRevision;
        this.currentRevision = currentRevision;
    }

    public int baseRevision() { return baseRevision; }
    public int currentRevision() { return currentRevision; }
}
