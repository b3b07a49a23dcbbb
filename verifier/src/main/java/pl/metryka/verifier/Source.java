package pl.metryka.verifier;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Where the verifier reads a register from: a running installation's API, or an exported bundle. */
interface Source extends AutoCloseable {

    String describe();

    /** {"algorithm","publicKey"(base64 X.509)} */
    Map<String, Object> key() throws IOException;

    /** The signed tree head to verify against: {"size","rootHash","timestamp","signature"}. */
    Map<String, Object> head() throws IOException;

    /** Whether {@link #forEachEntry} gives the whole register from seq 1 (else only a document's entries). */
    boolean wholeRegister();

    /** Register entries in sequence order, at least up to {@code size}; the consumer may stop reading beyond it. */
    void forEachEntry(long size, Consumer<Map<String, Object>> consumer) throws IOException;

    /** For a document bundle: the exported document's revisions. */
    default List<Map<String, Object>> revisions() throws IOException {
        return List.of();
    }

    /** For a document bundle: {@code document.json}, the document and its metryka as exported. */
    default Optional<Map<String, Object>> document() throws IOException {
        return Optional.empty();
    }

    /** For a document bundle: {@code index.json}, the signed list of the document's entries. */
    default Optional<Map<String, Object>> index() throws IOException {
        return Optional.empty();
    }

    /** Whether revisions can be fetched at all (a register dump has none). */
    boolean hasRevisions();

    Optional<Map<String, Object>> revision(long documentId, long number) throws IOException;

    Optional<byte[]> attachment(long documentId, long number, long position) throws IOException;

    /** RFC 9162 inclusion proof of entry seq under the head's size. */
    Optional<Map<String, Object>> inclusion(long seq, long size) throws IOException;

    Optional<Map<String, Object>> consistency(long from, long to) throws IOException;

    @Override
    default void close() throws IOException {}
}
