package pl.metryka.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * The trust store Payara Micro is given: its own bundled one without the certificates that have
 * expired since that Payara was released. Payara checks every certificate of its trust store at
 * start and logs each expired one as a warning with its full hex dump (NCLS-SECURITY-05054): with
 * Payara Micro 6.2025.10 in December 2026 that was five certificate authorities and some 350 lines
 * of console. An expired root can validate nothing, so leaving it out changes no TLS connection;
 * the copy is made again at each start, so a root that expires later is left out then.
 */
final class TrustStore {

    /** Where Payara Micro keeps its trust store inside its jar, and the password it ships with. */
    static final String BUNDLED = "MICRO-INF/domain/cacerts.p12";

    static final char[] PASSWORD = "changeit".toCharArray();

    private TrustStore() {}

    /** The JVM options that point Payara Micro at {@code store}. */
    static List<String> javaOptions(Path store) {
        return List.of(
                "-Djavax.net.ssl.trustStore=" + store.toAbsolutePath(),
                "-Djavax.net.ssl.trustStorePassword=" + new String(PASSWORD),
                "-Djavax.net.ssl.trustStoreType=PKCS12");
    }

    /** Writes {@code target} from the trust store inside {@code payaraJar}; returns the aliases left out. */
    static List<String> writeWithoutExpired(Path payaraJar, Path target, Instant now)
            throws IOException, GeneralSecurityException {
        try (JarFile jar = new JarFile(payaraJar.toFile())) {
            ZipEntry entry = jar.getEntry(BUNDLED);
            if (entry == null) {
                throw new IOException(payaraJar + " has no " + BUNDLED);
            }
            try (InputStream in = jar.getInputStream(entry)) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(in, PASSWORD);
                List<String> removed = removeExpired(store, now);
                Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    store.store(out, PASSWORD);
                }
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return removed;
            }
        }
    }

    /** Deletes every certificate entry whose certificate is no longer valid at {@code now}. */
    static List<String> removeExpired(KeyStore store, Instant now) throws GeneralSecurityException {
        List<String> removed = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            Certificate certificate = store.getCertificate(alias);
            if (store.isCertificateEntry(alias)
                    && certificate instanceof X509Certificate x509
                    && x509.getNotAfter().toInstant().isBefore(now)) {
                store.deleteEntry(alias);
                removed.add(alias);
            }
        }
        return removed;
    }
}
