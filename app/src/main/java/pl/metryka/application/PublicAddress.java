package pl.metryka.application;

/**
 * Port: the bulletin's one public address, from which every absolute URL it writes is made (links
 * in feeds, the sitemap, robots.txt, canonical links and JSON-LD, PDF footers, API {@code url}
 * fields, DCAT, Location headers). It comes from configuration ({@code METRYKA_BASE_URL}), never
 * from a request: a client's {@code Host} or {@code X-Forwarded-Host} must not reach what other
 * readers are given, and the same thing must have the same address however it was asked for.
 */
public interface PublicAddress {

    /** Scheme, host, port and path of the site, without a trailing slash: {@code https://bip.gmina.pl}. */
    String site();

    /** The host name alone, for tag URIs (RFC 4151). */
    String host();

    /** Scheme, host and port: the server's root, for what is served beside the application ({@code /openapi}). */
    String origin();

    /** {@code path} (starting with {@code /}) on this site. */
    default String of(String path) {
        return site() + path;
    }
}
