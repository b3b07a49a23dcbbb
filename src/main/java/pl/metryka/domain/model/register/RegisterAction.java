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
    /**
     * A lawful removal (redaction) of a passage or an attachment from a published revision; its
     * contentHash is the hash of the redacted content, while the hash recorded at publication
     * stays in the register as the commitment.
     */
    REDACTED,
    CATEGORY_CREATED,
    CATEGORY_CHANGED,
    SETTINGS_CHANGED,
    USER_CREATED,
    USER_CHANGED;

    /** Whether citizens see it on the public register (drafts and administration stay internal). */
    public boolean isPublicChange() {
        return this == PUBLISHED || this == AMENDED || this == WITHDRAWN || this == ARCHIVED || this == IMPORTED || this == REDACTED;
    }
}
