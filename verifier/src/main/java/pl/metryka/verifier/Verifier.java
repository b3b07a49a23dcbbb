package pl.metryka.verifier;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Map;
import pl.metryka.json.Json;

/**
 * {@code java -jar metryka-verifier.jar <base-url | bundle.zip> [--trusted-head head.json]}.
 * Exit code 0 when everything checks out, 1 otherwise (also when the source cannot be read).
 */
public final class Verifier {

    private Verifier() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** Runs the verification, printing the report; returns the exit code. */
    public static int run(String[] args, PrintStream out) {
        String target = null;
        Path trustedFile = null;
        for (int i = 0; i < args.length; i++) {
            if ("--trusted-head".equals(args[i]) && i + 1 < args.length) {
                trustedFile = Path.of(args[++i]);
            } else if (target == null && !args[i].startsWith("--")) {
                target = args[i];
            } else {
                return usage(out);
            }
        }
        if (target == null) {
            return usage(out);
        }
        Report report = new Report(out);
        long started = System.nanoTime();
        try (Source source = target.startsWith("http://") || target.startsWith("https://")
                ? new HttpSource(target)
                : new BundleSource(Path.of(target))) {
            report.line("Metryka offline verifier — " + source.describe());
            verify(
                    source,
                    trustedFile == null ? null : Json.object(Files.readString(trustedFile, StandardCharsets.UTF_8)),
                    report);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            report.fail(null, "cannot verify: " + e);
        }
        report.line(String.format("Time: %.2f s", (System.nanoTime() - started) / 1e9));
        return report.finish();
    }

    private static void verify(Source source, Map<String, Object> trusted, Report report)
            throws IOException, GeneralSecurityException {
        Signatures signatures = new Signatures(source.key());
        report.ok("public key: Ed25519 " + source.key().get("publicKey"));
        Map<String, Object> head = source.head();
        String headText = "signed tree head: size " + head.get("size") + ", root " + head.get("rootHash") + ", "
                + head.get("timestamp");
        if (signatures.verifies(head)) {
            report.ok(headText + ", signature valid");
        } else {
            report.fail(null, headText + ": the signature does not verify with the public key");
        }
        if (trusted != null) {
            String trustedText = "trusted head: size " + trusted.get("size") + ", root " + trusted.get("rootHash");
            if (signatures.verifies(trusted)) {
                report.ok(trustedText + ", signed by the same key");
            } else {
                report.fail(null, trustedText + ": its signature does not verify with the installation's public key");
            }
        }
        if (!source.wholeRegister()) {
            new DocumentBundleCheck(report, source).check(head, trusted);
            new CompletenessCheck(report, source, signatures).check(head);
            return;
        }
        RegisterWalk walk = new RegisterWalk(report, head, trusted);
        walk.collectVouches(source.hasRevisions());
        if (source instanceof BundleSource dump) {
            ParallelWalk.run(dump, walk);
        } else {
            source.forEachEntry(RegisterWalk.size(head), walk::accept);
        }
        walk.finish();
        if (!report.failed() || report.firstBadSeq() != null || walk.entries() > 0) {
            report.ok(walk.entries() + " register entries read; hash chain checked");
        }
        if (walk.masked() > 0) {
            report.line(
                    "NOTE  " + walk.masked() + " masked entr" + (walk.masked() == 1 ? "y" : "ies")
                            + " (kinds that are not"
                            + " public information, e.g. an older register's drafts and accounts): their entry hash and Merkle leaf hash"
                            + " were taken as published, not recomputed; the links to them and the Merkle root over them were checked");
        }
        if (source.hasRevisions()) {
            new ContentCheck(report, source).check(walk.vouches());
        } else {
            report.line("NOTE  this source holds no revisions: the revisions' content hashes are not checked");
        }
    }

    private static int usage(PrintStream out) {
        out.println("usage: java -jar metryka-verifier.jar <base-url | bundle.zip> [--trusted-head head.json]");
        return 1;
    }
}
