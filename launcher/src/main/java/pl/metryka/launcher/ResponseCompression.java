package pl.metryka.launcher;

import java.util.ArrayList;
import java.util.List;

/**
 * Payara's gzip compression of text answers (pages, CSS, JSON, feeds, CSV), as pre-boot asadmin
 * commands. Grizzly compresses only for a client whose {@code Accept-Encoding} names gzip, only
 * these media types (PDFs, images and attachments are compressed already, or binary) and only
 * answers of at least {@link #MIN_SIZE_BYTES} (or of unknown length). Behind nginx it stays idle:
 * nginx asks the instances for plain answers and compresses at the edge (deploy/nginx), with the
 * {@code Vary: Accept-Encoding} that Grizzly does not add.
 * No Brotli here: Grizzly has no Brotli encoder, and the Java ones on Maven Central (Brotli4j) are
 * JNI bindings to native code that the application would have to drive from a filter of its own;
 * nginx offers Brotli at the edge.
 *
 * <p>The tests' pre-boot file (app/src/test/resources/single-instance.asadmin) holds the same lines;
 * ResponseCompressionTest keeps the two equal.
 */
final class ResponseCompression {

    static final String MIME_TYPES = "text/html,text/plain,text/css,text/csv,text/xml,text/markdown,text/javascript,"
            + "application/javascript,application/json,application/ld+json,application/problem+json,application/xml,"
            + "application/atom+xml,application/rss+xml,application/rdf+xml,application/vnd.oai.openapi,image/svg+xml";
    static final int MIN_SIZE_BYTES = 1024;

    private ResponseCompression() {}

    /** For the plain HTTP listener and the TLS one (enabled by {@code --sslport}). */
    static List<String> commands() {
        List<String> commands = new ArrayList<>();
        for (String protocol : new String[] {"http-listener", "https-listener"}) {
            String http = "set configs.config.server-config.network-config.protocols.protocol." + protocol + ".http.";
            commands.add(http + "compression=on");
            commands.add(http + "compressable-mime-type=" + MIME_TYPES);
            commands.add(http + "compression-min-size-bytes=" + MIN_SIZE_BYTES);
        }
        return commands;
    }
}
