package pl.metryka.application;

/**
 * Cleans the rich text clerks write (a document's body, a statutory page, a proposal) before it is
 * stored: what an official document needs survives, anything that could run in a reader's browser
 * does not. A port: the services decide when text is cleaned, the policy lives in infrastructure.
 */
public interface BodySanitizer {

    /** The cleaned HTML; an empty string for {@code null}. */
    String sanitize(String html);
}
