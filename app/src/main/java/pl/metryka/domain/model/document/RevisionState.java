package pl.metryka.domain.model.document;

/** A draft revision may still change; a published one never does. */
public enum RevisionState {
    DRAFT,
    PUBLISHED
}
