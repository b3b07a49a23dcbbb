package pl.metryka.verifier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import pl.metryka.domain.model.category.Category;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.Editor;
import pl.metryka.domain.model.document.FormatOne;
import pl.metryka.domain.model.document.Revision;
import pl.metryka.domain.model.document.RevisionContent;
import pl.metryka.domain.model.document.Withholding;
import pl.metryka.domain.model.register.Change;
import pl.metryka.domain.model.register.MerkleHash;
import pl.metryka.domain.model.register.MerkleTree;
import pl.metryka.domain.model.register.RegisterAction;
import pl.metryka.domain.model.register.RegisterEntry;
import pl.metryka.domain.model.register.RegisterHead;
import pl.metryka.domain.shared.CanonicalJson;
import pl.metryka.interfaces.rest.DocumentAssembler;
import pl.metryka.json.Json;
import pl.metryka.test.RegisterHeads;

/**
 * The verifier's own implementations (JSON, canonical form, Merkle) agree with the server's on
 * the same inputs — the auditor's code and the server's code are written apart, so agreement is
 * evidence both follow the published rules.
 */
class IndependentVerifierTest {

    /** The stand-in hash in the dump lines of the fast-path tests. */
    private static final String HASH = "ab".repeat(32);

    private final Hashes hashes = new Hashes();

    @Test
    void rootsAndProofsAgreeWithTheServersTreeForEverySizeUpTo40() {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            leaves.add(MerkleHash.leaf(("leaf " + i).getBytes(StandardCharsets.UTF_8)));
        }
        MerkleTree server = MerkleTree.ofLeafHashes(leaves);
        Merkle mine = new Merkle(hashes);
        for (int size = 1; size <= 40; size++) {
            mine.add(leaves.get(size - 1));
            byte[] root = server.root(size);
            assertArrayEquals(root, mine.root(), "root of " + size);
            for (int index = 0; index < size; index++) {
                List<byte[]> path = server.inclusionProof(index, size);
                assertTrue(Merkle.inclusion(hashes, leaves.get(index), index, size, path, root), index + " in " + size);
                assertFalse(
                        Merkle.inclusion(
                                        hashes,
                                        leaves.get(index),
                                        index,
                                        size,
                                        path,
                                        server.root(size == 1 ? 1 : size - 1))
                                && size > 1,
                        "wrong root " + index + " in " + size);
            }
            for (int first = 0; first <= size; first++) {
                List<byte[]> proof = server.consistencyProof(first, size);
                byte[] firstRoot = server.root(first);
                assertTrue(Merkle.consistency(hashes, first, size, firstRoot, root, proof), first + " -> " + size);
                if (first > 0 && first < size) {
                    assertFalse(
                            Merkle.consistency(hashes, first, size, MerkleHash.leaf(new byte[] {9}), root, proof),
                            "a rewritten past " + first + " -> " + size);
                }
            }
        }
    }

    @Test
    void theCanonicalEntryIsTheServersCanonicalFormAndIsParsedFromTheApiJson() {
        Instant at = Instant.parse("2026-03-01T10:15:30.120Z");
        String subject = "Uchwała nr \"7\"\\2026 \u0007 — zażółć gęślą jaźń 𝄞";
        String server = CanonicalJson.object()
                .put("seq", 12L)
                .put("at", at)
                .put("actor", "Jan Kowalski")
                .put("action", "AMENDED")
                .put("documentId", 3L)
                .put("revision", 2)
                .put("subject", subject)
                .put("reason", (String) null)
                .put("contentHash", "ab".repeat(32))
                .toString();
        String json =
                "{\"seq\":12,\"at\":\"2026-03-01T10:15:30.12Z\",\"actor\":\"Jan Kowalski\",\"action\":\"AMENDED\","
                        + "\"documentId\":3,\"revision\":2,\"subject\":\"Uchwa\\u0142a nr \\\"7\\\"\\\\2026 \\u0007 \u2014 za\u017c\u00f3\u0142\u0107 g\u0119\u015bl\u0105 ja\u017a\u0144 \\ud834\\udd1e\","
                        + "\"reason\":null,\"contentHash\":\"" + "ab".repeat(32)
                        + "\",\"prevHash\":\"x\",\"hash\":\"y\"}";
        Map<String, Object> parsed = Json.object(json);
        assertEquals(server, Canonical.entry(parsed));
        assertArrayEquals(server.getBytes(StandardCharsets.UTF_8), Canonical.entryBytes(parsed));
    }

    @Test
    void instantsGetSixFractionalDigits() {
        assertEquals("2026-03-01T10:15:30.000000Z", Canonical.instant("2026-03-01T10:15:30Z"));
        assertEquals("2026-03-01T10:15:30.120000Z", Canonical.instant("2026-03-01T10:15:30.12Z"));
        assertEquals("2026-03-01T10:15:30.123456Z", Canonical.instant("2026-03-01T10:15:30.123456Z"));
        assertEquals(
                CanonicalJson.instant(Instant.parse("2026-03-01T10:15:00Z")), Canonical.instant("2026-03-01T10:15Z"));
    }

    @Test
    void theFastPathForDumpLinesAgreesWithTheGeneralOneOrStepsAside() {
        String[] lines = {
            publishedLine("Zarządzenie nr 3/2020 w sprawie opłat", ""),
            "{ \"hash\" : \"" + HASH + "\", \"seq\" : 8, \"prevHash\":\"" + HASH
                    + "\", \"action\":\"CREATED\", \"actor\":\"Ewa\","
                    + " \"at\":\"2020-01-01T08:00:37.000000Z\", \"documentId\":null, \"revision\":null, \"subject\":null,"
                    + " \"reason\":\"\", \"contentHash\":null, \"extra\":\"x\"}",
            "{\"seq\":9,\"at\":\"2020-01-01T08:00:37Z\",\"actor\":\"A\",\"action\":\"X\",\"prevHash\":\"" + HASH
                    + "\",\"hash\":\"" + HASH + "\"}",
            "{\"seq\":10,\"at\":\"2020-01-01T08:00:37.123456Z\",\"actor\":\"A \\\"B\\\"\",\"action\":\"X\",\"prevHash\":\""
                    + HASH + "\",\"hash\":\"" + HASH + "\"}",
            "{\"seq\":011,\"at\":\"2020-01-01T08:00:37.123456Z\",\"actor\":\"A\",\"action\":\"X\",\"prevHash\":\""
                    + HASH + "\",\"hash\":\"" + HASH + "\"}",
        };
        assertEquals(2, fastAnswers(lines), "escapes, short instants and leading zeros take the general path");
    }

    @Test
    void theFastPathAgreesOnFormatTwoLinesAndRefusesUnknownFormats() {
        String[] lines = {
            publishedLine(
                    "Zarządzenie nr 3/2020 w sprawie opłat 𝄞", ",\"masked\":false,\"format\":\"metryka-register/2\""),
            "{\"format\":\"metryka-register/2\",\"seq\":8,\"at\":\"2020-01-01T08:00:38.000000Z\",\"actor\":\"Ewa\",\"action\":\"CREATED\","
                    + "\"prevHash\":\"" + HASH + "\",\"hash\":\"" + HASH + "\"}",
            "{\"format\":\"metryka-register/2\",\"seq\":9,\"at\":\"2020-01-01T08:00:38.000000Z\",\"actor\":\"E\\nwa\",\"action\":\"X\","
                    + "\"prevHash\":\"" + HASH + "\",\"hash\":\"" + HASH + "\"}",
        };
        for (String line : lines) {
            assertNull(RegisterWalk.Checked.of(Json.object(line), hashes).problem(), line);
        }
        assertEquals(2, fastAnswers(lines), "an escaped string takes the general path");
        String unknown = lines[1].replace("metryka-register/2", "metryka-register/3");
        byte[] bytes = unknown.getBytes(StandardCharsets.UTF_8);
        assertNull(new FastEntry(hashes).check(bytes, 0, bytes.length));
        assertTrue(
                RegisterWalk.Checked.of(Json.object(unknown), hashes).problem().contains("unknown format"));
    }

    @Test
    void aFormatTwoEntryWithEveryKindOfCharacterIsRebuiltAsTheServerWroteIt() throws Exception {
        String subject = "Uchwała nr \"7\"\\2026 \u0007\b\t\n\f\r\u001f\u007f — zażółć gęślą jaźń 𝄞 </script>";
        RegisterHead head = RegisterHeads.empty();
        RegisterEntry entry = RegisterEntry.append(
                head,
                new Change(
                        Instant.parse("2026-03-01T10:15:30.120Z"),
                        "Jan Kowalski",
                        RegisterAction.AMENDED,
                        3L,
                        2,
                        subject,
                        null,
                        "ab".repeat(32)));
        String api = jakarta.json.Json.createObjectBuilder()
                .add("seq", 1)
                .add("at", "2026-03-01T10:15:30.120000Z")
                .add("actor", "Jan Kowalski")
                .add("action", "AMENDED")
                .add("documentId", 3)
                .add("revision", 2)
                .add("subject", subject)
                .addNull("reason")
                .add("contentHash", "ab".repeat(32))
                .add("prevHash", entry.prevHash())
                .add("hash", entry.hash())
                .add("format", entry.format())
                .build()
                .toString();
        assertEquals(entry.canonicalForm(), Canonical.entry(Json.object(api)));
        assertTrue(entry.canonicalForm().contains("\\u0007\\b\\t\\n\\f\\r\\u001f\u007f"), entry.canonicalForm());
        assertTrue(RegisterWalk.Checked.of(Json.object(api), hashes).hashMatches());
    }

    // --- the revision's canonical form, rebuilt from the API's JSON (issue 12: optional keys) ---

    @Test
    void theCanonicalRevisionIsTheServersForOldAndNewWithholdingsAndForImportedRevisions() throws Exception {
        Category category = new Category(null, "k", "K", 1);
        Editor clerk = new Editor("ak", "Anna Kowalska");
        Instant published = Instant.parse("2026-03-01T10:15:30.123456Z");
        Function<Withholding, RevisionContent> content = w -> new RevisionContent(
                "Tytuł \"7\"",
                "<p>Treść — zażółć</p>",
                "Jan Nowak",
                "Sekretarz",
                LocalDate.of(2026, 2, 27),
                w,
                List.of());
        List<Revision> revisions = new ArrayList<>();
        // a withholding as published before inInterestOf existed, and a new one with it
        revisions.add(Document.draft(
                        "a",
                        category,
                        content.apply(new Withholding("adres", "art. 5", "Wójt", null)),
                        clerk,
                        "Gmina",
                        published)
                .publish("Gmina", published));
        revisions.add(Document.draft(
                        "b",
                        category,
                        content.apply(new Withholding("adres", "art. 5", "Wójt", "Jan \"K\" Kowalski")),
                        clerk,
                        "Gmina",
                        published)
                .publish("Gmina", published));
        // imported: this bulletin's moment and the former BIP's
        revisions.add(Document.draft("c", category, content.apply(null), clerk, "Gmina", published)
                .publish("Gmina", published, Instant.parse("2016-01-05T08:00:00Z")));
        revisions.add(Document.draft("d", category, content.apply(null), clerk, "Gmina", published)
                .publish("Gmina", published));
        for (Revision r : revisions) {
            String api = apiJson(new DocumentAssembler().revision(r, "https://bip.example", "/api/v1"));
            assertEquals(r.canonicalForm(), Canonical.revision(Json.object(api)), api);
        }
        // format 2 (RFC 8785): every member present, null when empty
        assertTrue(
                revisions.get(0).canonicalForm().contains("\"inInterestOf\":null"),
                revisions.get(0).canonicalForm());
        assertTrue(revisions.get(3).canonicalForm().contains("\"publishedElsewhereAt\":null"));
        // the same revisions as published before format 2: the verifier rebuilds their format 1 form from the API too
        for (Revision r : revisions) {
            FormatOne.of(r);
            String api = apiJson(new DocumentAssembler().revision(r, "https://bip.example", "/api/v1"));
            assertTrue(api.contains("\"format\":\"metryka-revision/1\""), api);
            assertEquals(r.canonicalForm(), Canonical.revision(Json.object(api)), api);
        }
        assertFalse(revisions.get(0).canonicalForm().contains("inInterestOf"), "old withholdings keep their hash");
        assertTrue(revisions.get(1).canonicalForm().contains("\"decidedBy\":\"Wójt\",\"inInterestOf\":"));
        assertTrue(
                revisions.get(2).canonicalForm().contains("\"publishedElsewhereAt\":\"2016-01-05T08:00:00.000000Z\""));
        assertFalse(
                revisions.get(3).canonicalForm().contains("publishedElsewhereAt"),
                "revisions made here keep their hash");
    }

    /** The API's JSON of a record as JSON-B writes it here: component names, nulls written out, ISO dates. */
    private static String apiJson(Object value) throws Exception {
        return toJson(value).toString();
    }

    private static JsonValue toJson(Object value) throws Exception {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Record record) {
            JsonObjectBuilder object = jakarta.json.Json.createObjectBuilder();
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                object.add(c.getName(), toJson(c.getAccessor().invoke(record)));
            }
            return object.build();
        }
        if (value instanceof List<?> list) {
            JsonArrayBuilder array = jakarta.json.Json.createArrayBuilder();
            for (Object item : list) {
                array.add(toJson(item));
            }
            return array.build();
        }
        if (value instanceof Number n) {
            return jakarta.json.Json.createValue(n.longValue());
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        return jakarta.json.Json.createValue(value.toString());
    }

    /**
     * Dump line 7 as the server writes a published revision, with this subject; {@code after} holds the
     * members that follow its hash (a format 2 line has two more).
     */
    private static String publishedLine(String subject, String after) {
        return "{\"seq\":7,\"at\":\"2020-01-01T08:00:37.007919Z\",\"actor\":\"Jan Kowalski\",\"action\":\"PUBLISHED\","
                + "\"documentId\":3,\"revision\":1,\"subject\":\"" + subject + "\",\"reason\":null,\"contentHash\":\""
                + HASH + "\",\"prevHash\":\"" + HASH + "\",\"hash\":\"" + HASH + "\"" + after + "}";
    }

    /**
     * Reads each dump line both ways: where the fast path answers, it must agree with the general
     * one on everything the walk uses. How many lines it answered (the rest it left to the general path).
     */
    private int fastAnswers(String... lines) {
        FastEntry fast = new FastEntry(hashes);
        int answered = 0;
        for (String line : lines) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            RegisterWalk.Checked quick = fast.check(bytes, 0, bytes.length);
            RegisterWalk.Checked general = RegisterWalk.Checked.of(Json.object(line), hashes);
            if (quick != null) {
                answered++;
                assertArrayEquals(general.leaf(), quick.leaf(), line);
                assertEquals(general.seq(), quick.seq(), line);
                assertEquals(general.hashMatches(), quick.hashMatches(), line);
                assertEquals(general.prevHash(), quick.prevHash(), line);
                assertEquals(general.documentId(), quick.documentId(), line);
                assertEquals(general.contentHash(), quick.contentHash(), line);
            }
        }
        return answered;
    }
}
