package pl.metryka.application.diff;

/**
 * A metryka field whose value differs between two revisions. {@code before} or {@code after} is
 * null when the field is absent from that revision.
 */
public record FieldChange(String label, String before, String after) {}
