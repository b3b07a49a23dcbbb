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
    /**
     * A published document moved to another category of the menu; revision and contentHash are
     * those of its current revision, which the move leaves unchanged (the category is not hashed).
     */
    MOVED,
    CATEGORY_CREATED,
    CATEGORY_CHANGED,
    SETTINGS_CHANGED,
    USER_CREATED,
    USER_CHANGED;

    /**
     * Whether citizens follow it as a change of a published document (the Rejestr zmian page,
     * feeds, newest changes); always also {@link #isPublicInformation()}.
     */
    public boolean isPublicChange() {
        return this == PUBLISHED
                || this == AMENDED
                || this == WITHDRAWN
                || this == ARCHIVED
                || this == IMPORTED
                || this == REDACTED
                || this == MOVED;
    }

    /**
     * Whether what an entry of this kind says is public information. The one place that decides it:
     * a document's life before its first publication (a draft's creation and title, a planned
     * publication) and staff accounts and roles are not (udip art. 5; RODO art. 5 ust. 1 lit. c),
     * so these kinds are no longer recorded and an entry of them that exists (an older register)
     * is shown publicly by its sequence number, time and hashes only ({@link PublicRegisterEntry}).
     * Categories and the podmiot's settings are public. A kind added later is public unless listed
     * here: it must be a change citizens may know of to be recorded at all.
     */
    public boolean isPublicInformation() {
        return this != CREATED && this != SCHEDULED && this != USER_CREATED && this != USER_CHANGED;
    }
}
