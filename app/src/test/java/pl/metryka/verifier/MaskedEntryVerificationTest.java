package pl.metryka.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import pl.metryka.domain.model.register.Change;
import pl.metryka.domain.model.register.MerkleHash;
import pl.metryka.domain.model.register.MerkleTree;
import pl.metryka.domain.model.register.PublicRegisterEntry;
import pl.metryka.domain.model.register.RegisterAction;
import pl.metryka.domain.model.register.RegisterEntry;
import pl.metryka.domain.model.register.RegisterHead;
import pl.metryka.domain.shared.CanonicalJson;
import pl.metryka.domain.shared.Sha256;
import pl.metryka.json.Json;
import pl.metryka.test.RegisterHeads;

/**
 * A register whose non-public entries (an older register's draft and account entries) are
 * published masked still verifies in the offline verifier: their hashes and leaf hashes are taken
 * as published, and a changed masked hash or leaf hash is still caught by the link after it or
 * by the Merkle root.
 */
class MaskedEntryVerificationTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:15:30.120Z");

    @Test
    void onlyDraftsSchedulingAndAccountsAreMasked() {
        for (RegisterAction action : RegisterAction.values()) {
            boolean internal = action == RegisterAction.CREATED
                    || action == RegisterAction.SCHEDULED
                    || action == RegisterAction.USER_CREATED
                    || action == RegisterAction.USER_CHANGED;
            assertEquals(!internal, action.isPublicInformation(), action.name());
            assertTrue(
                    !action.isPublicChange() || action.isPublicInformation(),
                    action + ": a public change is public information");
        }
    }

    @Test
    void aMaskedEntryShowsSeqTimeAndHashesOnly() throws Exception {
        List<RegisterEntry> entries = register();
        PublicRegisterEntry masked = PublicRegisterEntry.of(entries.get(1));
        assertTrue(masked.masked());
        assertEquals("INTERNAL", masked.action());
        assertNull(masked.actor());
        assertNull(masked.subject());
        assertNull(masked.reason());
        assertNull(masked.documentId());
        assertNull(masked.revision());
        assertEquals(entries.get(1).hash(), masked.hash());
        assertEquals(MerkleHash.hex(MerkleHash.leaf(entries.get(1))), masked.leafHash());
        PublicRegisterEntry shown = PublicRegisterEntry.of(entries.get(2));
        assertFalse(shown.masked());
        assertEquals("PUBLISHED", shown.action());
        assertNull(shown.leafHash());
    }

    @Test
    void theWalkAcceptsMaskedEntriesAndStillCatchesTheirChange() throws Exception {
        List<RegisterEntry> entries = register();
        List<Map<String, Object>> published = new ArrayList<>();
        for (RegisterEntry e : entries) {
            published.add(json(PublicRegisterEntry.of(e)));
        }
        String root = MerkleHash.hex(
                MerkleTree.ofLeafHashes(entries.stream().map(MerkleHash::leaf).toList())
                        .root(entries.size()));
        Map<String, Object> head = Map.of("size", (long) entries.size(), "rootHash", root);

        String report = walk(head, published::forEach);
        assertFalse(report.contains("FAIL"), report);
        assertTrue(report.contains("2 masked entries"), report);

        Map<String, Object> changedLeaf = new LinkedHashMap<>(published.get(1));
        changedLeaf.put("leafHash", Sha256.hex("another leaf"));
        List<Map<String, Object>> leafTampered = new ArrayList<>(published);
        leafTampered.set(1, changedLeaf);
        assertTrue(walk(head, leafTampered::forEach).contains("is not the signed head's root"));

        Map<String, Object> changedHash = new LinkedHashMap<>(published.get(3));
        changedHash.put("hash", Sha256.hex("another hash"));
        List<Map<String, Object>> hashTampered = new ArrayList<>(published);
        hashTampered.set(3, changedHash);
        assertTrue(walk(head, hashTampered::forEach).contains("entry seq 5: prevHash does not link"));
    }

    private static String walk(Map<String, Object> head, Consumer<Consumer<Map<String, Object>>> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Report report = new Report(new PrintStream(out, true, StandardCharsets.UTF_8));
        RegisterWalk walk = new RegisterWalk(report, head, null);
        entries.accept(walk::accept);
        walk.finish();
        if (walk.masked() > 0) {
            report.line(walk.masked() + " masked entries");
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * The public JSON of an entry, as the API gives it (nulls omitted), parsed by the verifier's own
     * reader. Written with JSON-P, so that any value (quotes, backslashes) is escaped as the API would.
     */
    private static Map<String, Object> json(PublicRegisterEntry e) {
        JsonObjectBuilder json = jakarta.json.Json.createObjectBuilder()
                .add("seq", e.seq())
                .add("at", CanonicalJson.instant(e.at()))
                .add("action", e.action());
        field(json, "actor", e.actor());
        field(json, "subject", e.subject());
        field(json, "reason", e.reason());
        field(json, "contentHash", e.contentHash());
        if (e.documentId() != null) {
            json.add("documentId", e.documentId())
                    .add(
                            "revision",
                            e.revision() == null ? JsonValue.NULL : jakarta.json.Json.createValue(e.revision()));
        }
        field(json, "prevHash", e.prevHash());
        field(json, "hash", e.hash());
        field(json, "format", e.format());
        if (e.masked()) {
            json.add("masked", true);
            field(json, "leafHash", e.leafHash());
        }
        return Json.object(json.build().toString());
    }

    private static void field(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static List<RegisterEntry> register() throws Exception {
        RegisterHead head = RegisterHeads.empty();
        List<RegisterEntry> entries = new ArrayList<>();
        entries.add(RegisterEntry.append(
                head,
                new Change(
                        AT,
                        "Anna Kowalska",
                        RegisterAction.CATEGORY_CREATED,
                        null,
                        null,
                        "Kategoria Ogłoszenia",
                        "Nowa kategoria",
                        null)));
        entries.add(RegisterEntry.append(
                head,
                new Change(
                        AT.plusSeconds(1),
                        "Ewa Nowak",
                        RegisterAction.CREATED,
                        7L,
                        1,
                        "TAJNY-SZKIC Projekt uchwały",
                        null,
                        null)));
        entries.add(RegisterEntry.append(
                head,
                new Change(
                        AT.plusSeconds(2),
                        "Jan Kowalski",
                        RegisterAction.PUBLISHED,
                        7L,
                        1,
                        "Uchwała nr 1",
                        null,
                        Sha256.hex("v1"))));
        entries.add(RegisterEntry.append(
                head,
                new Change(
                        AT.plusSeconds(3),
                        "Adam Admin",
                        RegisterAction.USER_CHANGED,
                        null,
                        null,
                        "Konto użytkownika ewa",
                        "Konto zablokowane",
                        null)));
        entries.add(RegisterEntry.append(
                head,
                new Change(
                        AT.plusSeconds(4),
                        "Jan Kowalski",
                        RegisterAction.WITHDRAWN,
                        7L,
                        1,
                        "Uchwała nr 1",
                        "uchylona",
                        null)));
        return entries;
    }
}
