package pl.metryka.application;

/**
 * What the login form (interfaces), the authentication mechanism and the identity store
 * (infrastructure) must agree on. Kept here, below both, so that neither reaches into the other.
 */
public final class BackOfficeLogin {

    /** Only back-office addresses are followed after login, so the form cannot be an open redirect. */
    public static final String BACK_OFFICE = "/panel/";

    /**
     * The request attribute that says, after a refused login, until when (an {@link java.time.Instant})
     * this source must wait before trying this name again: the login form's message and the API's
     * Retry-After are made from it.
     */
    public static final String WAIT_UNTIL = "metryka.login.waitUntil";

    private BackOfficeLogin() {}
}
