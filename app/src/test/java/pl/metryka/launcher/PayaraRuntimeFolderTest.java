package pl.metryka.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Payara Micro unpacks itself into the data folder, not under java.io.tmpdir (where it warned that
 * system processes may clean it), and every start begins from Payara's bundled configuration.
 */
class PayaraRuntimeFolderTest {

    @TempDir
    Path folder;

    @Test
    void payaraGetsAnEmptyRuntimeFolderInTheDataFolderAtEveryStart() throws Exception {
        Path data = folder.resolve("data");
        Path runtime = data.resolve("payara-runtime");
        Files.createDirectories(runtime.resolve("config"));
        Files.writeString(runtime.resolve("config/domain.xml"), "<domain>the last start's settings</domain>");

        List<String> options = PayaraRuntimeFolder.options(data, List.of());

        assertEquals(List.of("--rootdir", runtime.toAbsolutePath().toString()), options);
        assertTrue(Files.isDirectory(runtime));
        try (var left = Files.list(runtime)) {
            assertEquals(0, left.count(), "nothing of the last start is left");
        }
    }

    @Test
    void aLinkInTheOldRuntimeFolderIsRemovedNotFollowed() throws Exception {
        Path data = folder.resolve("data");
        Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("keep.txt"), "not Payara's");
        Path runtime = Files.createDirectories(data.resolve("payara-runtime"));
        Files.createSymbolicLink(runtime.resolve("link"), elsewhere);

        PayaraRuntimeFolder.options(data, List.of());

        assertTrue(Files.exists(elsewhere.resolve("keep.txt")));
    }

    @Test
    void underAPolishOrSpacedPathPayaraKeepsItsTemporaryFolder() throws Exception {
        Path data = Files.createDirectories(folder.resolve("BIP gminy ż/dane"));
        Files.createDirectories(data.resolve("payara-runtime"));
        Files.writeString(data.resolve("payara-runtime/kept.txt"), "x");

        assertEquals(List.of(), PayaraRuntimeFolder.options(data, List.of()));
        assertTrue(Files.exists(data.resolve("payara-runtime/kept.txt")), "nothing deleted");
        assertFalse(PayaraRuntimeFolder.isPlain("/home/ania/dane źródłowe"));
        assertTrue(PayaraRuntimeFolder.isPlain("/var/lib/metryka/8080"));
    }

    @Test
    void anOperatorsOwnRootFolderIsLeftAsItIs() throws Exception {
        Path data = folder.resolve("data");
        Path runtime = Files.createDirectories(data.resolve("payara-runtime"));
        Files.writeString(runtime.resolve("kept.txt"), "x");

        List<String> options = PayaraRuntimeFolder.options(data, List.of("--rootdir", "/srv/payara"));

        assertEquals(List.of(), options);
        assertTrue(Files.exists(runtime.resolve("kept.txt")));
    }
}
