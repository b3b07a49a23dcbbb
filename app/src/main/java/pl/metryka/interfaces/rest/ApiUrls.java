package pl.metryka.interfaces.rest;

import pl.metryka.application.PublicAddress;

/**
 * Absolute addresses for the JSON answers: the public site's root and the API's root, without a
 * trailing slash, from the configured public address (never from the request's Host).
 */
final class ApiUrls {

    /** Where {@link RestApplication} is mounted, below the site. */
    static final String API_PATH = "/api/v1";

    private ApiUrls() {}

    static String site(PublicAddress address) {
        return address.site();
    }

    static String api(PublicAddress address) {
        return address.of(API_PATH);
    }
}
