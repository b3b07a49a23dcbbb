package pl.metryka.domain.model.account;

/** What a named account may do. The names are checked on the server by every write. */
public enum Role {
    /** Drafts documents and edits drafts. */
    REDAKTOR,
    /** Also publishes, schedules, amends published documents, withdraws and archives. */
    REDAKTOR_NACZELNY,
    /** Reads the audit log and the register. */
    AUDYTOR,
    /** Users, roles, categories, settings, statutory pages. */
    ADMINISTRATOR;

    /** Role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String REDAKTOR = "REDAKTOR";
        public static final String REDAKTOR_NACZELNY = "REDAKTOR_NACZELNY";
        public static final String AUDYTOR = "AUDYTOR";
        public static final String ADMINISTRATOR = "ADMINISTRATOR";

        private Names() {}
    }
}
