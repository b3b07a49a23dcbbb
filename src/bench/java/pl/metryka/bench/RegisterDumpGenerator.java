package pl.metryka.bench;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import pl.metryka.domain.model.register.Change;
import pl.metryka.domain.model.register.MerkleFrontier;
import pl.metryka.domain.model.register.MerkleHash;
import pl.metryka.domain.model.register.RegisterAction;
import pl.metryka.domain.model.register.RegisterEntry;
import pl.metryka.domain.model.register.RegisterHead;
import pl.metryka.domain.model.register.TreeHead;
import pl.metryka.domain.shared.CanonicalJson;
import pl.metryka.domain.shared.Sha256;
import pl.metryka.test.RegisterHeads;

/**
 * Writes a register dump of N entries (the ZIP the verifier reads: key.json, head.json,
 * register.ndjson) with the server's own domain classes — RegisterEntry's chain hash and canonical
 * form, MerkleHash leaves, MerkleFrontier, TreeHead's signed text — plus a trusted head saved at
 * N/2. Prints the frontier's append time at growing sizes (O(log n): it should stay flat).
 * Usage: RegisterDumpGenerator entries out.zip trusted-head.json
 */
public final class RegisterDumpGenerator {

    /** Entries per part of the dump: parts are read in parallel by the verifier. */
    private static final long PART = 100_000;
    /** Appends timed just before each reported size (after the JIT has warmed up on the earlier ones). */
    private static final long WINDOW = 500;

    private static final RegisterAction[] ACTIONS = {
        RegisterAction.CREATED, RegisterAction.PUBLISHED, RegisterAction.AMENDED
    };

    public static void main(String[] args) throws Exception {
        long n = Long.parseLong(args[0]);
        Path out = Path.of(args[1]);
        Path trustedOut = Path.of(args[2]);
        KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        RegisterHead head = RegisterHeads.empty();
        MerkleFrontier tree = new MerkleFrontier();
        Instant start = Instant.parse("2020-01-01T08:00:00Z");
        long began = System.nanoTime();
        long appendNanos = 0;
        long window = 0;
        long nextReport = 1000;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            zip.setLevel(1);
            BufferedWriter lines = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            for (long i = 1; i <= n; i++) {
                if (i % PART == 1) {
                    if (i > 1) {
                        lines.flush();
                        zip.closeEntry();
                    }
                    zip.putNextEntry(new ZipEntry(String.format("register-%05d.ndjson", i / PART)));
                }
                RegisterAction action = ACTIONS[(int) (i % 3)];
                long document = i / 3 + 1;
                Instant at = start.plus(i * 7919, ChronoUnit.MICROS).plusSeconds(i * 37);
                Change change = new Change(
                        at,
                        "Jan Kowalski",
                        action,
                        document,
                        action == RegisterAction.AMENDED ? 2 : 1,
                        // one entry in a hundred has characters that need escaping in JSON
                        i % 100 == 0
                                ? "Zarządzenie nr " + document + "/2020 w sprawie \"opłat\""
                                : "Zarządzenie nr " + document + "/2020 w sprawie opłat lokalnych",
                        action == RegisterAction.AMENDED
                                ? (i % 100 == 2 ? "Korekta\tpomyłki" : "Korekta pomyłki pisarskiej")
                                : null,
                        action == RegisterAction.CREATED ? null : Sha256.hex("treść " + i));
                RegisterEntry entry = RegisterEntry.append(head, change);
                byte[] leaf = MerkleHash.leaf(entry);
                long t0 = System.nanoTime();
                tree.append(leaf);
                if (i > nextReport - WINDOW) {
                    appendNanos += System.nanoTime() - t0;
                    window++;
                }
                lines.write(json(entry));
                lines.write('\n');
                if (i == nextReport) {
                    System.out.printf(
                            "  frontier append at size %,9d: %6.0f ns per append, %d subtree roots kept (the last %d appends timed)%n",
                            i,
                            appendNanos / (double) window,
                            tree.subtreeRoots().size(),
                            window);
                    appendNanos = 0;
                    window = 0;
                    nextReport *= 10;
                }
                if (i == n / 2) {
                    Files.writeString(trustedOut, headJson(key, i, MerkleHash.hex(tree.root()), at));
                }
            }
            lines.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("head.json"));
            zip.write(
                    headJson(key, n, MerkleHash.hex(tree.root()), Instant.now().truncatedTo(ChronoUnit.MICROS))
                            .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("key.json"));
            zip.write(("{\"algorithm\":\"Ed25519\",\"publicKey\":\""
                            + Base64.getEncoder().encodeToString(key.getPublic().getEncoded())
                            + "\",\"format\":\"X.509 SubjectPublicKeyInfo, base64\"}")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        System.out.printf(
                "  generated %,d entries in %.1f s: %s (%,d bytes)%n",
                n, (System.nanoTime() - began) / 1e9, out, Files.size(out));
    }

    private static String headJson(KeyPair key, long size, String root, Instant at) throws Exception {
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(key.getPrivate());
        signature.update(TreeHead.signedText(size, root, at).getBytes(StandardCharsets.UTF_8));
        return "{\"size\":" + size + ",\"rootHash\":\"" + root + "\",\"timestamp\":\"" + CanonicalJson.instant(at)
                + "\",\"signature\":\"" + Base64.getEncoder().encodeToString(signature.sign())
                + "\",\"format\":\"metryka-tree-head/" + TreeHead.CURRENT_FORMAT + "\"}";
    }

    /** The entry as /api/v1/register publishes it (instants exactly as hashed, with the entry's format). */
    private static String json(RegisterEntry e) {
        return "{\"seq\":" + e.seq() + ",\"at\":\"" + CanonicalJson.instant(e.at()) + "\",\"format\":\"" + e.format()
                + "\",\"actor\":" + q(e.actor()) + ",\"action\":\"" + e.action().name()
                + "\",\"documentId\":" + e.documentId() + ",\"revision\":" + e.revision() + ",\"subject\":"
                + q(e.subject())
                + ",\"reason\":" + q(e.reason()) + ",\"contentHash\":" + q(e.contentHash()) + ",\"prevHash\":\""
                + e.prevHash()
                + "\",\"hash\":\"" + e.hash() + "\"}";
    }

    private static String q(String s) {
        if (s == null) {
            return "null";
        }
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t") + "\"";
    }
}
