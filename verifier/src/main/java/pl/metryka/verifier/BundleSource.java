package pl.metryka.verifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import pl.metryka.json.Json;

/**
 * An exported ZIP, checked with no network. Two kinds: a document bundle ({@code document.json},
 * {@code index.json} the signed list of its entries, {@code register.json} with those entries, {@code proofs/inclusion-<seq>.json},
 * {@code revisions/<n>.json}, {@code revisions/<n>/attachments/<position>-<name>}) and a register
 * dump ({@code register.ndjson} or parts {@code register-<n>.ndjson}, one entry per line). Both hold {@code key.json} and {@code head.json}.
 */
final class BundleSource implements Source {

    /** A register dump: {@code register.ndjson}, or parts {@code register-<n>.ndjson} read in name order (in parallel). */
    private static final Pattern DUMP_PART = Pattern.compile("register(-\\d+)?\\.ndjson");

    private final Path file;
    private final ZipFile zip;

    BundleSource(Path file) throws IOException {
        this.file = file;
        this.zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
    }

    @Override
    public String describe() {
        return (wholeRegister() ? "register dump " : "document bundle ") + file;
    }

    @Override
    public Map<String, Object> key() throws IOException {
        return required("key.json");
    }

    @Override
    public Map<String, Object> head() throws IOException {
        return required("head.json");
    }

    @Override
    public boolean wholeRegister() {
        return !dumpParts().isEmpty();
    }

    /** The dump's parts in order. */
    List<String> dumpParts() {
        List<String> parts = new ArrayList<>();
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            String name = e.nextElement().getName();
            if (DUMP_PART.matcher(name).matches()) {
                parts.add(name);
            }
        }
        parts.sort(null);
        return parts;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEachEntry(long size, Consumer<Map<String, Object>> consumer) throws IOException {
        if (wholeRegister()) {
            for (String part : dumpParts()) {
                try (BufferedReader lines = lines(part)) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        if (!line.isBlank()) {
                            consumer.accept(Json.object(line));
                        }
                    }
                }
            }
            return;
        }
        for (Object item : (List<Object>) required("register.json").get("items")) {
            consumer.accept((Map<String, Object>) item);
        }
    }

    /** The bytes of one part of a register dump. */
    InputStream raw(String part) throws IOException {
        return zip.getInputStream(zip.getEntry(part));
    }

    /** The lines of one part of a register dump (ZipFile allows reading several entries at once). */
    BufferedReader lines(String part) throws IOException {
        return new BufferedReader(
                new InputStreamReader(zip.getInputStream(zip.getEntry(part)), StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public boolean hasRevisions() {
        return zip.getEntry("document.json") != null;
    }

    @Override
    public List<Map<String, Object>> revisions() throws IOException {
        List<Map<String, Object>> revisions = new ArrayList<>();
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            String name = e.nextElement().getName();
            if (name.matches("revisions/\\d+\\.json")) {
                revisions.add(required(name));
            }
        }
        revisions.sort(
                (a, b) -> Long.compare(((Number) a.get("number")).longValue(), ((Number) b.get("number")).longValue()));
        return revisions;
    }

    @Override
    public Optional<Map<String, Object>> revision(long documentId, long number) throws IOException {
        Optional<Map<String, Object>> revision = json("revisions/" + number + ".json");
        return revision.filter(r -> r.get("documentId") instanceof Number n && n.longValue() == documentId);
    }

    @Override
    public Optional<Map<String, Object>> document() throws IOException {
        return json("document.json");
    }

    @Override
    public Optional<Map<String, Object>> index() throws IOException {
        return json("index.json");
    }

    @Override
    public Optional<byte[]> attachment(long documentId, long number, long position) throws IOException {
        String prefix = "revisions/" + number + "/attachments/" + position + "-";
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            if (entry.getName().startsWith(prefix)) {
                try (InputStream in = zip.getInputStream(entry)) {
                    return Optional.of(in.readAllBytes());
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Map<String, Object>> inclusion(long seq, long size) throws IOException {
        return json("proofs/inclusion-" + seq + ".json");
    }

    @Override
    public Optional<Map<String, Object>> consistency(long from, long to) throws IOException {
        return json("proofs/consistency-" + from + "-" + to + ".json");
    }

    private Map<String, Object> required(String name) throws IOException {
        return json(name).orElseThrow(() -> new IOException(file + " holds no " + name + ": not a Metryka bundle"));
    }

    private Optional<Map<String, Object>> json(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return Optional.empty();
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return Optional.of(Json.object(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
