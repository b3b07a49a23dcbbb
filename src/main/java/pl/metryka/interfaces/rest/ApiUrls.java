package pl.metryka.interfaces.rest;

import jakarta.ws.rs.core.UriInfo;

/** Absolute addresses for the JSON answers: the public site's root and the API's root, without a trailing slash. */
final class ApiUrls {

    private ApiUrls() {
    }

    static String site(UriInfo uri) {
        return trim(uri.getBaseUri().resolve("../..").toString());
    }

    static String api(UriInfo uri) {
        return trim(uri.getBaseUri().toString());
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
