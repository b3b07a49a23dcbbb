package pl.metryka.interfaces.feed;

import java.time.Instant;
import java.util.List;

/** An Atom 1.0 feed (RFC 4287) as it will be written; URLs are absolute. */
record AtomFeed(String id, String title, Instant updated, String selfUrl, String alternateUrl, List<Entry> entries) {

    /** {@code summary} and {@code published} may be null. */
    record Entry(
            String id, String title, Instant updated, String author, String url, String summary, Instant published) {}
}
