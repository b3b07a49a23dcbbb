package pl.metryka.application;

import java.util.Map;

/**
 * Fired inside a redaction's transaction; observers act after it commits (search copies, table
 * rebuilds, the journal). {@code bodies} are the revisions' bodies after the redaction.
 */
public record RedactionApplied(long documentId, long redactionId, Map<Integer, String> bodies) {}
