package pl.metryka.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's quiet start (issue 16): Payara Micro gets its own trust store without the expired
 * certificates it would log with hex dumps, and in the embedded demo its INFO log goes to a file.
 */
class QuietStartTest {

    @TempDir
    Path folder;

    @Test
    void theTrustStoreKeepsEveryValidCertificateOfPayarasAndNoExpiredOne() throws Exception {
        Path payara = payaraMicroJar();
        Instant december2026 = Instant.parse("2026-12-03T00:00:00Z");
        Path store = folder.resolve("truststore.p12");

        List<String> removed = TrustStore.writeWithoutExpired(payara, store, december2026);

        // Payara Micro 6.2025.10 ships five roots that expired by then (the console's five warnings)
        assertTrue(removed.contains("entrustevca"), removed.toString());
        assertTrue(removed.contains("trustcenteruniversalcai"), removed.toString());
        KeyStore written = load(store);
        int valid = 0;
        for (String alias : Collections.list(written.aliases())) {
            X509Certificate certificate = (X509Certificate) written.getCertificate(alias);
            assertTrue(certificate.getNotAfter().toInstant().isAfter(december2026), alias + " has expired");
            valid++;
        }
        assertEquals(bundledSize(payara) - removed.size(), valid, "nothing else was left out");
        assertTrue(valid > 100, "the usual roots stay: " + valid);
    }

    @Test
    void payaraIsPointedAtThatTrustStore() {
        Path store = folder.resolve("truststore.p12");
        List<String> options = TrustStore.javaOptions(store);
        assertTrue(options.contains("-Djavax.net.ssl.trustStore=" + store.toAbsolutePath()), options.toString());
        assertTrue(options.contains("-Djavax.net.ssl.trustStoreType=PKCS12"), options.toString());
    }

    @Test
    void theDemosConsoleShowsWarningsOnlyAndTheFullLogGoesToTheDataFolder() throws Exception {
        Path file = ConsoleLog.write(payaraMicroJar(), folder, ConsoleLog.target(folder, folder));
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.contains("java.util.logging.ConsoleHandler.level=WARNING"), lines.toString());
        assertTrue(lines.contains("java.util.logging.FileHandler.level=INFO"), lines.toString());
        assertTrue(lines.contains("java.util.logging.FileHandler.pattern=" + folder.resolve("logs") + "/payara.log"));
        assertEquals(1, lines.stream().filter(l -> l.startsWith("handlers=")).count(), "one handlers line, ours");
        // Payara's own levels are kept
        assertTrue(lines.contains(".level=INFO"), lines.toString());
        assertFalse(
                lines.contains("java.util.logging.ConsoleHandler.level=FINE"), "Payara's console level is replaced");
        assertTrue(Files.isDirectory(folder.resolve("logs")));
    }

    @Test
    void anAsciiDataFolderIsNamedByItsAbsolutePath() {
        Path cwd = folder.resolve("metryka");
        ConsoleLog.Target target = ConsoleLog.target(cwd.resolve("data"), cwd);
        assertEquals(cwd.resolve("data/logs/payara.log").toString(), target.pattern());
        assertEquals(cwd, target.workingDirectory());
    }

    @Test
    void aDataFolderUnderAPolishFolderIsNamedRelativeToWherePayaraRuns() {
        // CI as an ordinary user, the README's run command from "~/Projekty/BIP gminy ż/metryka":
        // Payara garbled the absolute path and booted without its log file
        Path cwd = folder.resolve("Projekty/BIP gminy ż/metryka");
        ConsoleLog.Target target = ConsoleLog.target(cwd.resolve("data"), cwd);
        assertEquals("data/logs/payara.log", target.pattern());
        assertEquals(cwd, target.workingDirectory());

        Path beside = folder.resolve("Projekty/BIP gminy ż/kopia/data");
        target = ConsoleLog.target(beside, cwd);
        assertEquals("../kopia/data/logs/payara.log", target.pattern());
        assertEquals(cwd, target.workingDirectory());
    }

    @Test
    void aDataFolderWithAPolishNameOfItsOwnIsWherePayaraRuns() {
        Path cwd = folder.resolve("BIP gminy ż");
        Path data = cwd.resolve("dane źródłowe");
        ConsoleLog.Target target = ConsoleLog.target(data, cwd);
        assertEquals("logs/payara.log", target.pattern());
        assertEquals(data, target.workingDirectory());
    }

    private static KeyStore load(Path store) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, TrustStore.PASSWORD);
        }
        return keys;
    }

    private static int bundledSize(Path payara) throws Exception {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(payara.toFile());
                InputStream in = jar.getInputStream(jar.getEntry(TrustStore.BUNDLED))) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, TrustStore.PASSWORD);
            return keys.size();
        }
    }

    /** The Payara Micro jar the tests run (a test dependency), the same the launcher copies to lib/. */
    static Path payaraMicroJar() throws Exception {
        return Path.of(Class.forName("fish.payara.micro.PayaraMicro")
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    }
}
