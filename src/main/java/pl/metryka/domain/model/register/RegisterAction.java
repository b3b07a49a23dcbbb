package pl.metryka.domain.model.register;

/** Every kind of state change the change register records. */
public enum RegisterAction {
    CREATED,
    SCHEDULED,
    PUBLISHED,
    AMENDED,
    WITHDRAWN,
    ARCHIVED,
    /** A revision (or the withdrawal) of a document brought over from another BIP with its original dates. */
    IMPORTED,
    CATEGORY_CREATED,
    CATEGORY_CHANGED,
    SETTINGS_CHANGED,
    USER_CREATED,
    USER_CHANGED;

    /** Whether citizens see it on the public register (drafts and administration stay internal). */
    public boolean isPublicChange() {
        return this == PUBLISHED || this == AMENDED || this == WITHDRAWN || this == ARCHIVED || this == IMPORTED;
    }
}
