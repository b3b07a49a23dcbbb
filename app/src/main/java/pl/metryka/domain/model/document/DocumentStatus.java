package pl.metryka.domain.model.document;

/** draft → scheduled → published → withdrawn. Archived is a flag, not a status. */
public enum DocumentStatus {
    DRAFT,
    SCHEDULED,
    PUBLISHED,
    WITHDRAWN
}
