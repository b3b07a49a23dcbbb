package pl.metryka.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The completeness of a document bundle against its signed index, and document.json against the
 * entries: a document published, amended twice, redacted; whatever is cut out is named.
 */
class CompletenessCheckTest {

    private static final String ROOT = "cd".repeat(32);

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final Report report = new Report(new PrintStream(printed, true, StandardCharsets.UTF_8));
    private KeyPair keys;
    private Bundle bundle;

    @BeforeEach
    void honestBundle() throws Exception {
        keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        bundle = new Bundle();
        bundle.entries.add(entry(12, "PUBLISHED", 1, "2025-05-27T07:40:00Z"));
        bundle.entries.add(entry(40, "AMENDED", 2, "2025-05-28T07:40:00Z"));
        bundle.entries.add(entry(44, "REDACTED", 1, "2025-05-28T09:00:00Z"));
        bundle.entries.add(entry(57, "AMENDED", 3, "2025-06-02T10:15:00Z"));
        for (int n = 1; n <= 3; n++) {
            bundle.revisions.put((long) n, revision(n));
        }
        bundle.document = document(3, "Oświadczenie majątkowe — wersja 3", "PUBLISHED");
        bundle.index = signedIndex(bundle.entries);
    }

    @Test
    void aCompleteBundleIsOk() throws Exception {
        check();
        assertFalse(report.failed(), printed.toString());
        assertTrue(
                printed.toString().contains("holds every one of the 4 public register entries of document 9"),
                printed.toString());
        assertTrue(
                printed.toString()
                        .contains("document.json agrees with the entries and revisions: revision 3 is current"),
                printed.toString());
    }

    @Test
    void theLastAmendmentCutOutIsNamedEvenWhenDocumentJsonIsMadeToMatch() throws Exception {
        bundle.entries.remove(3);
        bundle.revisions.remove(3L);
        bundle.document = document(2, "Oświadczenie majątkowe — wersja 2", "PUBLISHED");
        check();
        assertTrue(
                printed.toString().contains("entry seq 57: revision 3 (AMENDED, seq 57) is missing from the bundle"),
                printed.toString());
    }

    @Test
    void aRedactionCutOutIsNamed() throws Exception {
        bundle.entries.remove(2);
        check();
        assertTrue(
                printed.toString().contains("redaction of revision 1 (REDACTED, seq 44) is missing from the bundle"),
                printed.toString());
    }

    @Test
    void aWithdrawalCutOutIsNamedAndTheWithdrawnStatusNoLongerMatches() throws Exception {
        bundle.entries.add(entry(60, "WITHDRAWN", 3, "2025-06-10T12:00:00Z"));
        bundle.index = signedIndex(bundle.entries);
        bundle.document.put("status", "WITHDRAWN");
        bundle.document.put("withdrawal", Map.of("at", "2025-06-10T12:00:00.000000Z", "by", "Rafał Jaworski"));
        check();
        assertFalse(report.failed(), printed.toString());

        bundle.entries.remove(4);
        check();
        String out = printed.toString();
        assertTrue(out.contains("entry seq 60: withdrawal (WITHDRAWN, seq 60) is missing from the bundle"), out);
    }

    @Test
    void aWithdrawalTimeOtherThanTheEntrysIsRefused() throws Exception {
        bundle.entries.add(entry(60, "WITHDRAWN", 3, "2025-06-10T12:00:00Z"));
        bundle.index = signedIndex(bundle.entries);
        bundle.document.put("status", "WITHDRAWN");
        bundle.document.put("withdrawal", Map.of("at", "2025-06-11T12:00:00Z"));
        check();
        assertTrue(
                printed.toString()
                        .contains(
                                "document.json says withdrawal.at 2025-06-11T12:00:00Z, withdrawal (WITHDRAWN, seq 60) says"
                                        + " 2025-06-10T12:00:00Z"),
                printed.toString());
    }

    @Test
    void anIndexCutToMatchNoLongerVerifies() throws Exception {
        bundle.entries.remove(3);
        @SuppressWarnings("unchecked")
        List<Object> listed = (List<Object>) bundle.index.get("entries");
        listed.remove(3);
        check();
        assertTrue(printed.toString().contains("index.json: its signature does not verify"), printed.toString());
    }

    @Test
    void aBundleWithoutIndexCannotShowItIsComplete() throws Exception {
        bundle.index = null;
        check();
        assertTrue(printed.toString().contains("holds no signed index of the document's entries"), printed.toString());
    }

    @Test
    void anIndexOfAnotherHeadIsRefused() throws Exception {
        check(Map.of("size", 70L, "rootHash", "ef".repeat(32)));
        assertTrue(printed.toString().contains("index.json lists the entries up to tree size 60"), printed.toString());
    }

    @Test
    void documentJsonMustSayWhatTheEntriesSay() throws Exception {
        bundle.document = document(2, "Oświadczenie majątkowe — wersja 3", "WITHDRAWN");
        bundle.document.put("archived", true);
        check();
        String out = printed.toString();
        assertTrue(out.contains("document.json says currentRevision 2, the register's entries say 3"), out);
        assertTrue(
                out.contains(
                        "document.json says status \"WITHDRAWN\", the register's entries say PUBLISHED (no withdrawal entry)"),
                out);
        assertTrue(out.contains("document.json says archived true, the register's entries say false"), out);
    }

    @Test
    void aTitleOtherThanTheCurrentRevisionsIsRefused() throws Exception {
        bundle.document.put("title", "Tytuł podmieniony");
        check();
        assertTrue(
                printed.toString().contains("document.json says title \"Tytuł podmieniony\", revision 3"),
                printed.toString());
    }

    @Test
    void theSignedTextIsTheOneTheDocumentedFormGives() {
        List<CompletenessCheck.Listed> listed = List.of(
                new CompletenessCheck.Listed(1, "PUBLISHED", 1L, "aa"),
                new CompletenessCheck.Listed(3, "WITHDRAWN", null, "bb"));
        assertEquals(
                "metryka document index v1\ndocument 9\ntree 3 " + ROOT + "\n1 PUBLISHED 1 aa\n3 WITHDRAWN - bb\n",
                CompletenessCheck.signedText(Map.of("documentId", 9L, "treeSize", 3L, "rootHash", ROOT), listed));
    }

    private void check() throws Exception {
        check(Map.of("size", 60L, "rootHash", ROOT));
    }

    private void check(Map<String, Object> head) throws Exception {
        Map<String, Object> key = Map.of(
                "algorithm",
                "Ed25519",
                "publicKey",
                Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
        new CompletenessCheck(report, bundle, new Signatures(key)).check(head);
    }

    private Map<String, Object> signedIndex(List<Map<String, Object>> entries) throws Exception {
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("form", "metryka document index v1");
        index.put("documentId", 9L);
        index.put("treeSize", 60L);
        index.put("rootHash", ROOT);
        List<Object> listed = new ArrayList<>();
        List<CompletenessCheck.Listed> lines = new ArrayList<>();
        for (Map<String, Object> e : entries) {
            listed.add(new LinkedHashMap<>(Map.of(
                    "seq",
                    e.get("seq"),
                    "action",
                    e.get("action"),
                    "revision",
                    e.get("revision"),
                    "hash",
                    e.get("hash"))));
            lines.add(new CompletenessCheck.Listed(
                    (Long) e.get("seq"), (String) e.get("action"), (Long) e.get("revision"), (String) e.get("hash")));
        }
        index.put("entries", listed);
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(keys.getPrivate());
        signature.update(CompletenessCheck.signedText(index, lines).getBytes(StandardCharsets.UTF_8));
        index.put("signature", Base64.getEncoder().encodeToString(signature.sign()));
        return index;
    }

    private static Map<String, Object> entry(long seq, String action, long revision, String at) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("seq", seq);
        e.put("at", at);
        e.put("action", action);
        e.put("documentId", 9L);
        e.put("revision", revision);
        e.put("hash", String.format("%064x", seq));
        return e;
    }

    private static Map<String, Object> revision(int n) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("documentId", 9L);
        r.put("number", (long) n);
        r.put("title", "Oświadczenie majątkowe — wersja " + n);
        r.put("issuer", "Gmina Klucze");
        r.put("author", "Barbara Kulig");
        r.put("authorPosition", "sekretarz gminy");
        r.put("editor", "Rafał Jaworski");
        r.put("createdOn", "2025-04-24");
        r.put(
                "publishedAt",
                n == 1 ? "2025-05-27T07:40:00Z" : n == 2 ? "2025-05-28T07:40:00Z" : "2025-06-02T10:15:00Z");
        r.put("publishedElsewhereAt", null);
        return r;
    }

    private Map<String, Object> document(int current, String title, String status) {
        Map<String, Object> r = revision(current);
        Map<String, Object> metryka = new LinkedHashMap<>();
        for (String field : List.of("issuer", "author", "authorPosition", "editor", "createdOn")) {
            metryka.put(field, r.get(field));
        }
        metryka.put("modifiedBy", r.get("editor"));
        metryka.put("publishedAt", "2025-05-27T07:40:00Z");
        metryka.put("firstPublishedAt", "2025-05-27T07:40:00.000000Z");
        metryka.put("modifiedAt", r.get("publishedAt"));
        metryka.put("versionPublishedAt", r.get("publishedAt"));
        metryka.put("version", (long) current);
        metryka.put("publishedElsewhereAt", null);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", 9L);
        d.put("title", title);
        d.put("status", status);
        d.put("archived", false);
        d.put("currentRevision", (long) current);
        d.put("metadata", metryka);
        d.put("withdrawal", null);
        return d;
    }

    /** A bundle in memory, as BundleSource reads one from a ZIP. */
    private static final class Bundle extends EmptySource {

        final List<Map<String, Object>> entries = new ArrayList<>();
        final Map<Long, Map<String, Object>> revisions = new LinkedHashMap<>();
        Map<String, Object> document;
        Map<String, Object> index;

        @Override
        public String describe() {
            return "document bundle in memory";
        }

        @Override
        public Map<String, Object> key() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Object> head() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void forEachEntry(long size, Consumer<Map<String, Object>> consumer) {
            entries.forEach(consumer);
        }

        @Override
        public Optional<Map<String, Object>> document() {
            return Optional.ofNullable(document);
        }

        @Override
        public Optional<Map<String, Object>> index() {
            return Optional.ofNullable(index);
        }

        @Override
        public Optional<Map<String, Object>> revision(long documentId, long number) {
            return Optional.ofNullable(revisions.get(number));
        }
    }
}
