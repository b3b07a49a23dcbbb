package pl.metryka.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.metryka.domain.model.category.Category;
import pl.metryka.domain.model.document.AttachmentFile;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.Editor;
import pl.metryka.domain.model.document.Revision;
import pl.metryka.domain.model.document.RevisionContent;
import pl.metryka.domain.model.document.Withholding;
import pl.metryka.domain.model.register.ChainHash;
import pl.metryka.domain.model.register.Change;
import pl.metryka.domain.model.register.MerkleHash;
import pl.metryka.domain.model.register.MerkleTree;
import pl.metryka.domain.model.register.RegisterAction;
import pl.metryka.domain.model.register.RegisterEntry;
import pl.metryka.domain.model.register.RegisterHead;
import pl.metryka.domain.model.register.TreeHead;
import pl.metryka.domain.model.tlog.Checkpoint;
import pl.metryka.domain.model.tlog.NoteKey;
import pl.metryka.domain.model.tlog.NoteSignature;
import pl.metryka.domain.shared.Sha256;
import pl.metryka.json.Json;
import pl.metryka.test.RegisterHeads;

/**
 * The test vectors of docs/register-format.md, read from the document itself, recomputed by the
 * server's domain classes and by the offline verifier's own code: the public specification, the
 * server and the verifier cannot drift apart without this failing.
 */
class FormatSpecificationTest {

    private static final Path DOC = Path.of("docs/register-format.md");
    private static final Pattern BLOCK = Pattern.compile("```\\w+ vector=([\\w-]+)\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Instant SIGNED_AT = Instant.parse("2026-03-04T10:00:01.5Z");

    private static Map<String, String> vectors;
    private final Hashes hashes = new Hashes();

    @BeforeAll
    static void readTheDocument() throws Exception {
        vectors = new LinkedHashMap<>();
        Matcher m = BLOCK.matcher(Files.readString(DOC, StandardCharsets.UTF_8));
        while (m.find()) {
            vectors.put(m.group(1), m.group(2));
        }
        assertEquals(
                List.of(
                        "revision-json",
                        "revision-canonical",
                        "revision-hash",
                        "register-json",
                        "entry1-canonical",
                        "entry1-hash",
                        "entry1-leaf",
                        "entry2-canonical",
                        "entry2-hash",
                        "entry2-leaf",
                        "entry3-canonical",
                        "entry3-hash",
                        "entry3-leaf",
                        "node12",
                        "root3",
                        "public-key",
                        "head-text",
                        "head-signature",
                        "checkpoint-text",
                        "checkpoint-vkey",
                        "checkpoint-note",
                        "format1-entry1-canonical",
                        "format1-entry1-hash",
                        "format1-head-text"),
                List.copyOf(vectors.keySet()));
    }

    private static String v(String name) {
        return vectors.get(name);
    }

    @Test
    void theRevisionVectorIsWhatTheServerAndTheVerifierHash() throws Exception {
        Map<String, Object> json = Json.object(v("revision-json"));
        assertEquals(v("revision-canonical"), Canonical.revision(json));
        assertEquals(v("revision-hash"), hashes.hexOfText(v("revision-canonical")));
        assertEquals(v("revision-hash"), json.get("contentHash"));
        assertEquals(Sha256.hex("%PDF"), ((Map<?, ?>) ((List<?>) json.get("attachments")).get(0)).get("sha256"));

        Revision server = serverRevision();
        assertEquals(v("revision-canonical"), server.canonicalForm());
        assertEquals(v("revision-hash"), server.contentHash());
    }

    @Test
    void theEntryVectorsChainAndGiveTheLeavesAndTheRoot() throws Exception {
        List<Object> items = castList(Json.parse(v("register-json")));
        List<RegisterEntry> server = serverEntries(v("revision-hash"));
        Merkle tree = new Merkle(hashes);
        byte[] prev = new byte[32];
        for (int i = 0; i < 3; i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> entry = (Map<String, Object>) items.get(i);
            String n = "entry" + (i + 1);
            assertEquals(v(n + "-canonical"), Canonical.entry(entry));
            assertEquals(v(n + "-canonical"), server.get(i).canonicalForm());
            String hash = HexFormat.of()
                    .formatHex(hashes.chain(prev, v(n + "-canonical").getBytes(StandardCharsets.UTF_8)));
            assertEquals(v(n + "-hash"), hash);
            assertEquals(v(n + "-hash"), entry.get("hash"));
            assertEquals(v(n + "-hash"), server.get(i).hash());
            assertEquals(HexFormat.of().formatHex(prev), entry.get("prevHash"));
            byte[] leaf = hashes.leaf(v(n + "-canonical").getBytes(StandardCharsets.UTF_8));
            assertEquals(v(n + "-leaf"), Hashes.toHex(leaf));
            assertEquals(v(n + "-leaf"), MerkleHash.hex(MerkleHash.leaf(server.get(i))));
            RegisterWalk.Checked checked = RegisterWalk.Checked.of(entry, hashes);
            assertTrue(checked.hashMatches(), n);
            tree.add(leaf);
            prev = HexFormat.of().parseHex(hash);
        }
        assertEquals(
                v("node12"),
                MerkleHash.hex(MerkleHash.node(
                        HexFormat.of().parseHex(v("entry1-leaf")),
                        HexFormat.of().parseHex(v("entry2-leaf")))));
        assertEquals(v("root3"), Hashes.toHex(tree.root()));
        assertEquals(
                v("root3"),
                MerkleHash.hex(MerkleTree.ofLeafHashes(
                                server.stream().map(MerkleHash::leaf).toList())
                        .root(3)));
    }

    @Test
    void theHeadVectorIsSignedAsDocumented() throws Exception {
        assertEquals(v("head-text"), TreeHead.signedText(3, v("root3"), SIGNED_AT));
        Map<String, Object> head = vectorHead("metryka-tree-head/2");
        head.put("signature", v("head-signature"));
        assertEquals(v("head-text"), Canonical.signedHead(head));
        assertTrue(new Signatures(Map.of("algorithm", "Ed25519", "publicKey", v("public-key"))).verifies(head));

        byte[] seed = HexFormat.of().parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        PrivateKey key = KeyFactory.getInstance("Ed25519")
                .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(key);
        signer.update(v("head-text").getBytes(StandardCharsets.UTF_8));
        assertEquals(v("head-signature"), Base64.getEncoder().encodeToString(signer.sign()));
        assertTrue(
                Base64.getDecoder().decode(v("public-key")).length == 44,
                "X.509 SubjectPublicKeyInfo of an Ed25519 key");
    }

    /** Section 7: the C2SP checkpoint of the same tree, signed by the same published test key. */
    @Test
    void theCheckpointVectorIsTheSignedNoteOfTheHead() throws Exception {
        Checkpoint checkpoint =
                new Checkpoint("bip.example.gov.pl/metryka", 3, HexFormat.of().parseHex(v("root3")));
        assertEquals(v("checkpoint-text") + "\n", checkpoint.text());
        NoteKey key = NoteKey.fromSpki(
                "bip.example.gov.pl/metryka",
                NoteKey.ED25519,
                Base64.getDecoder().decode(v("public-key")));
        assertEquals(v("checkpoint-vkey"), key.vkey());

        byte[] seed = HexFormat.of().parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        PrivateKey privateKey = KeyFactory.getInstance("Ed25519")
                .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(privateKey);
        signer.update(checkpoint.textBytes());
        String note = checkpoint.signedNote(List.of(NoteSignature.by(key, signer.sign())));
        assertEquals(v("checkpoint-note") + "\n", note);
        Checkpoint.Signed parsed = Checkpoint.parseSigned(note).orElseThrow();
        assertTrue(key.verifies(
                parsed.checkpoint().textBytes(), parsed.signatures().get(0).signature()));
    }

    @Test
    void theFormatOneVectorsAreWhatOlderRowsAreCheckedAgainst() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> entry = new LinkedHashMap<>(
                (Map<String, Object>) castList(Json.parse(v("register-json"))).get(0));
        entry.put("format", "metryka-register/1");
        assertEquals(v("format1-entry1-canonical"), Canonical.entry(entry));
        entry.remove("format"); // a dump made before formats were named
        assertEquals(v("format1-entry1-canonical"), Canonical.entry(entry));
        assertEquals(v("format1-entry1-hash"), ChainHash.of(Sha256.ZERO, v("format1-entry1-canonical")));

        RegisterEntry server = serverEntries(v("revision-hash")).get(0);
        Field format = RegisterEntry.class.getDeclaredField("hashFormat");
        format.setAccessible(true);
        format.setInt(server, 1);
        assertEquals(v("format1-entry1-canonical"), server.canonicalForm());

        assertEquals(v("format1-head-text"), TreeHead.signedText(1, 3, v("root3"), SIGNED_AT));
        assertEquals(v("format1-head-text"), Canonical.signedHead(vectorHead("metryka-tree-head/1")));
    }

    /** The vector's tree head of size 3 as the verifier reads it, in {@code format}. */
    private static Map<String, Object> vectorHead(String format) {
        return new LinkedHashMap<>(Map.of(
                "size", 3L, "rootHash", v("root3"), "timestamp", "2026-03-04T10:00:01.500000Z", "format", format));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> castList(Object value) {
        return (List<Object>) value;
    }

    /** The vector's revision made by the server's domain, as publishing it would. */
    private static Revision serverRevision() throws Exception {
        Instant published = Instant.parse("2026-03-03T09:15:30.123456Z");
        RevisionContent content = new RevisionContent(
                "Zarządzenie nr 12/2026 w sprawie \"regulaminu\"",
                "<p>Treść — zażółć gęślą jaźń.</p>\n<p>Druga linia\tz tabulatorem.</p>",
                "Jan Nowak",
                "Sekretarz gminy",
                LocalDate.of(2026, 3, 2),
                new Withholding("adres zamieszkania", "art. 5 ust. 2 u.d.i.p.", "Wójt Gminy", "Jan Kowalski"),
                List.of(new AttachmentFile("uchwała.pdf", "application/pdf", 4, Sha256.hex("%PDF"), "Treść uchwały")));
        Document document = Document.draft(
                "zarzadzenie-12-2026",
                new Category(null, "zarzadzenia", "Zarządzenia", 1),
                content,
                new Editor("ak", "Anna Kowalska"),
                "Urząd Gminy Przykładowo",
                published);
        Field id = Document.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(document, 7L);
        return document.publish("Urząd Gminy Przykładowo", published);
    }

    /** The vector's three entries appended by the server's domain. */
    private static List<RegisterEntry> serverEntries(String contentHash) throws Exception {
        RegisterHead head = RegisterHeads.empty();
        String title = "Zarządzenie nr 12/2026 w sprawie \"regulaminu\"";
        List<RegisterEntry> entries = new ArrayList<>();
        entries.add(RegisterEntry.append(
                head,
                new Change(
                        Instant.parse("2026-03-03T09:15:30.123456Z"),
                        "Anna Kowalska",
                        RegisterAction.PUBLISHED,
                        7L,
                        1,
                        title,
                        null,
                        contentHash)));
        entries.add(RegisterEntry.append(
                head,
                new Change(
                        Instant.parse("2026-03-04T10:00:00Z"),
                        "Jan Nowak",
                        RegisterAction.WITHDRAWN,
                        7L,
                        1,
                        title,
                        "Uchylone zarządzeniem nr 3/2026 (podstawa prawna: art. 30 ust. 1 u.s.g.)",
                        contentHash)));
        entries.add(RegisterEntry.append(
                head,
                new Change(
                        Instant.parse("2026-03-04T10:00:00.5Z"),
                        "Adam Admin",
                        RegisterAction.CATEGORY_CHANGED,
                        null,
                        null,
                        "Uchwały Rady Gminy",
                        "Nowa nazwa:\t„Uchwały Rady Gminy”\n(poprzednio „Uchwały”)",
                        null)));
        return entries;
    }
}
