package pl.metryka.application;

/** Fired inside a redaction's transaction; observers act after it commits (search copies, table rebuilds). */
public record RedactionApplied(long documentId) {
}
