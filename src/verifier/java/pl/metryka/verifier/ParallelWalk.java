package pl.metryka.verifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A register dump read part by part: each part is inflated, parsed, canonicalized and hashed on
 * its own core, and the results are fed to the {@link RegisterWalk} strictly in order (linking
 * and the Merkle tree stay sequential). This is what makes a million entries verify in seconds.
 */
final class ParallelWalk {

    private ParallelWalk() {
    }

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

    private static List<RegisterWalk.Checked> read(BundleSource dump, String part) throws IOException {
        Hashes hashes = new Hashes();
        List<RegisterWalk.Checked> checked = new ArrayList<>();
        try (BufferedReader lines = dump.lines(part)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    checked.add(RegisterWalk.Checked.of(Json.object(line), hashes));
                }
            }
        }
        return checked;
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
