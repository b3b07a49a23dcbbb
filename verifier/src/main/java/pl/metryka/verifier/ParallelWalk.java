package pl.metryka.verifier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import pl.metryka.json.Json;

/**
 * A register dump read part by part: each part is inflated, parsed, canonicalized and hashed on
 * its own core, and the results are fed to the {@link RegisterWalk} strictly in order (linking
 * and the Merkle tree stay sequential). This is what makes a million entries verify in seconds.
 */
final class ParallelWalk {

    private ParallelWalk() {}

    static void run(BundleSource dump, RegisterWalk walk) throws IOException {
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "verifier-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<List<RegisterWalk.Checked>>> pending = new ArrayDeque<>();
        try {
            for (String part : dump.dumpParts()) {
                pending.add(pool.submit(() -> read(dump, part)));
                if (pending.size() > workers) {
                    drain(pending.poll(), walk);
                }
            }
            while (!pending.isEmpty()) {
                drain(pending.poll(), walk);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One part, split into lines as bytes; each line takes {@link FastEntry} or, if it must, the general path. */
    private static List<RegisterWalk.Checked> read(BundleSource dump, String part) throws IOException {
        Hashes hashes = new Hashes();
        FastEntry fast = new FastEntry(hashes);
        List<RegisterWalk.Checked> checked = new ArrayList<>();
        try (InputStream in = dump.raw(part)) {
            byte[] buf = new byte[1 << 20];
            int length = 0;
            int scanned = 0;
            while (true) {
                int read = in.read(buf, length, buf.length - length);
                if (read < 0) {
                    break;
                }
                length += read;
                int lineStart = 0;
                for (int i = scanned; i < length; i++) {
                    if (buf[i] == '\n') {
                        line(buf, lineStart, i, fast, hashes, checked);
                        lineStart = i + 1;
                    }
                }
                System.arraycopy(buf, lineStart, buf, 0, length - lineStart);
                length -= lineStart;
                scanned = length;
                if (length == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
            }
            line(buf, 0, length, fast, hashes, checked);
        }
        return checked;
    }

    private static void line(
            byte[] buf, int from, int to, FastEntry fast, Hashes hashes, List<RegisterWalk.Checked> checked) {
        int end = to;
        while (end > from && (buf[end - 1] == '\r' || buf[end - 1] == ' ' || buf[end - 1] == '\t')) {
            end--;
        }
        if (end == from) {
            return;
        }
        RegisterWalk.Checked entry = fast.check(buf, from, end);
        checked.add(
                entry != null
                        ? entry
                        : RegisterWalk.Checked.of(
                                Json.object(new String(buf, from, end - from, StandardCharsets.UTF_8)), hashes));
    }

    private static void drain(Future<List<RegisterWalk.Checked>> part, RegisterWalk walk) throws IOException {
        try {
            part.get().forEach(walk::accept);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("unreadable register dump: " + e.getCause(), e.getCause());
        }
    }
}
