package pl.metryka.domain.model.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.metryka.test.Fields.set;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import pl.metryka.domain.shared.Sha256;
import pl.metryka.test.RegisterHeads;

class RegisterEntryTest {

    private static final Instant AT = Instant.parse("2024-05-06T08:30:00.123456Z");
    private static final String CONTENT_HASH = Sha256.hex("treść wersji 1");

    private static Change published(long documentId, int revision, Instant at) {
        return new Change(
                at,
                "Anna Kowalska",
                RegisterAction.PUBLISHED,
                documentId,
                revision,
                "Zarządzenie nr 12/2024 w sprawie \"regulaminu\"",
                null,
                CONTENT_HASH);
    }

    private static String sha256(byte[] prev, String canonical) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update(prev);
        md.update(canonical.getBytes(StandardCharsets.UTF_8));
        StringBuilder hex = new StringBuilder();
        for (byte b : md.digest()) {
            hex.append(String.format("%02x", b & 0xff));
        }
        return hex.toString();
    }

    @Test
    void theCanonicalFormIsRfc8785WithEveryFieldAndItsFormat() throws Exception {
        RegisterEntry entry = RegisterEntry.append(RegisterHeads.empty(), published(42, 1, AT));

        assertEquals("metryka-register/2", entry.format());
        assertEquals(
                "{\"action\":\"PUBLISHED\",\"actor\":\"Anna Kowalska\",\"at\":\"2024-05-06T08:30:00.123456Z\","
                        + "\"contentHash\":\"" + CONTENT_HASH
                        + "\",\"documentId\":42,\"format\":\"metryka-register/2\","
                        + "\"reason\":null,\"revision\":1,\"seq\":1,"
                        + "\"subject\":\"Zarządzenie nr 12/2024 w sprawie \\\"regulaminu\\\"\"}",
                entry.canonicalForm());
    }

    /** An entry written before format 2 (hash_format 1 in an older data directory) keeps its fixed order and hash. */
    @Test
    void anEntryOfFormatOneHasEveryFieldInAFixedOrder() throws Exception {
        RegisterEntry entry = RegisterEntry.append(RegisterHeads.empty(), published(42, 1, AT));
        set(entry, "hashFormat", 1);

        assertEquals("metryka-register/1", entry.format());
        assertEquals(
                "{\"seq\":1,\"at\":\"2024-05-06T08:30:00.123456Z\",\"actor\":\"Anna Kowalska\","
                        + "\"action\":\"PUBLISHED\",\"documentId\":42,\"revision\":1,"
                        + "\"subject\":\"Zarządzenie nr 12/2024 w sprawie \\\"regulaminu\\\"\",\"reason\":null,"
                        + "\"contentHash\":\"" + CONTENT_HASH + "\"}",
                entry.canonicalForm());
        assertFalse(entry.hashMatches(), "its hash was taken in format 2 when it was appended");
        set(entry, "hash", ChainHash.of(Sha256.ZERO, entry.canonicalForm()));
        assertTrue(entry.hashMatches(), "an entry hashed in format 1 verifies as format 1");
    }

    @Test
    void anEntryWithoutADocumentWritesNulls() throws Exception {
        RegisterEntry entry = RegisterEntry.append(
                RegisterHeads.empty(),
                new Change(AT, "admin", RegisterAction.SETTINGS_CHANGED, null, null, null, null, null));

        assertEquals(
                "{\"action\":\"SETTINGS_CHANGED\",\"actor\":\"admin\",\"at\":\"2024-05-06T08:30:00.123456Z\","
                        + "\"contentHash\":null,\"documentId\":null,\"format\":\"metryka-register/2\",\"reason\":null,"
                        + "\"revision\":null,\"seq\":1,\"subject\":null}",
                entry.canonicalForm());
        assertTrue(entry.hashMatches());
        set(entry, "hashFormat", 1);
        assertEquals(
                "{\"seq\":1,\"at\":\"2024-05-06T08:30:00.123456Z\",\"actor\":\"admin\","
                        + "\"action\":\"SETTINGS_CHANGED\",\"documentId\":null,\"revision\":null,"
                        + "\"subject\":null,\"reason\":null,\"contentHash\":null}",
                entry.canonicalForm());
    }

    @Test
    void theFirstHashIsSha256OfThirtyTwoZeroBytesFollowedByTheUtf8CanonicalForm() throws Exception {
        RegisterEntry entry = RegisterEntry.append(RegisterHeads.empty(), published(42, 1, AT));

        String expected = sha256(new byte[32], entry.canonicalForm());

        assertEquals(Sha256.ZERO, entry.prevHash());
        assertEquals(expected, entry.hash());
        // not over the 64 hex characters of the previous hash
        assertNotEquals(Sha256.hex(Sha256.ZERO + entry.canonicalForm()), entry.hash());
    }

    @Test
    void laterHashesTakeThePreviousHashAsRawBytes() throws Exception {
        RegisterHead head = RegisterHeads.empty();
        RegisterEntry first = RegisterEntry.append(head, published(42, 1, AT));
        RegisterEntry second = RegisterEntry.append(
                head,
                new Change(
                        AT.plusSeconds(60),
                        "Jan Nowak",
                        RegisterAction.AMENDED,
                        42L,
                        2,
                        "Zarządzenie nr 12/2024",
                        "literówka w § 2",
                        Sha256.hex("v2")));

        byte[] prevBytes = HexFormat.of().parseHex(first.hash());
        assertEquals(32, prevBytes.length);
        assertEquals(sha256(prevBytes, second.canonicalForm()), second.hash());
        assertEquals(second.hash(), ChainHash.of(first.hash(), second.canonicalForm()));
    }

    @Test
    void chainHashIsIndependentlyReproducible() throws Exception {
        String prev = Sha256.hex("poprzedni");
        String canonical = "{\"seq\":7,\"actor\":\"Łucja Żak\"}";

        assertEquals(sha256(HexFormat.of().parseHex(prev), canonical), ChainHash.of(prev, canonical));
        assertNotEquals(ChainHash.of(Sha256.ZERO, canonical), ChainHash.of(prev, canonical));
    }

    @Test
    void appendAdvancesTheHead() throws Exception {
        RegisterHead head = RegisterHeads.empty();
        assertEquals(0, head.seq());

        RegisterEntry first = RegisterEntry.append(head, published(42, 1, AT));

        assertEquals(1, first.seq());
        assertEquals(1, head.seq());
        assertEquals(first.hash(), head.hash());

        String headBefore = head.hash();
        RegisterEntry second = RegisterEntry.append(head, published(43, 1, AT.plusSeconds(1)));

        assertEquals(2, second.seq());
        assertEquals(headBefore, second.prevHash());
        assertEquals(2, head.seq());
        assertEquals(second.hash(), head.hash());
    }

    @Test
    void appendContinuesFromWhereverTheHeadIs() throws Exception {
        RegisterHead head = new RegisterHead();
        String somewhere = Sha256.hex("entry 41");
        set(head, "seq", 41L);
        set(head, "hash", somewhere);

        RegisterEntry entry = RegisterEntry.append(head, published(42, 1, AT));

        assertEquals(42, entry.seq());
        assertEquals(somewhere, entry.prevHash());
        assertEquals(sha256(HexFormat.of().parseHex(somewhere), entry.canonicalForm()), entry.hash());
    }

    @Test
    void appendCopiesTheChange() throws Exception {
        Change change =
                new Change(AT, "Anna Kowalska", RegisterAction.WITHDRAWN, 42L, 3, "Uchwała", "uchylona", CONTENT_HASH);

        RegisterEntry entry = RegisterEntry.append(RegisterHeads.empty(), change);

        assertEquals(AT, entry.at());
        assertEquals("Anna Kowalska", entry.actor());
        assertEquals(RegisterAction.WITHDRAWN, entry.action());
        assertEquals(42L, entry.documentId());
        assertEquals(3, entry.revision());
        assertEquals("Uchwała", entry.subject());
        assertEquals("uchylona", entry.reason());
        assertEquals(CONTENT_HASH, entry.contentHash());
    }

    @Test
    void aFreshEntryMatchesItsHash() throws Exception {
        assertTrue(RegisterEntry.append(RegisterHeads.empty(), published(42, 1, AT))
                .hashMatches());
    }

    @Test
    void changingAnyRecordedFieldBreaksTheHash() throws Exception {
        Object[][] tampering = {
            {"reason", "inny powód"},
            {"actor", "Ktoś Inny"},
            {"subject", "Zarządzenie nr 13/2024"},
            {"contentHash", Sha256.hex("podmieniona treść")},
            {"at", AT.plusNanos(1_000)},
            {"seq", 2L},
            {"documentId", 43L},
            {"revision", 2},
            {"action", RegisterAction.AMENDED},
            {"prevHash", Sha256.hex("inny poprzednik")},
        };
        for (Object[] t : tampering) {
            RegisterEntry entry = RegisterEntry.append(RegisterHeads.empty(), published(42, 1, AT));
            set(entry, (String) t[0], t[1]);

            assertFalse(entry.hashMatches(), "changing " + t[0] + " must be detected");
        }
    }

    @Test
    void replacingTheStoredHashIsDetectedToo() throws Exception {
        RegisterEntry entry = RegisterEntry.append(RegisterHeads.empty(), published(42, 1, AT));
        set(entry, "hash", Sha256.hex("fałszywy"));

        assertFalse(entry.hashMatches());
    }

    @Test
    void aChainOfThreeEntriesLinks() throws Exception {
        RegisterHead head = RegisterHeads.empty();
        RegisterEntry e1 = RegisterEntry.append(
                head, new Change(AT, "Anna Kowalska", RegisterAction.CREATED, 42L, 1, "Uchwała", null, null));
        RegisterEntry e2 = RegisterEntry.append(head, published(42, 1, AT.plusSeconds(5)));
        RegisterEntry e3 = RegisterEntry.append(
                head,
                new Change(
                        AT.plusSeconds(9),
                        "Jan Nowak",
                        RegisterAction.AMENDED,
                        42L,
                        2,
                        "Uchwała",
                        "korekta daty",
                        Sha256.hex("v2")));

        assertEquals(1, e1.seq());
        assertEquals(2, e2.seq());
        assertEquals(3, e3.seq());
        assertEquals(Sha256.ZERO, e1.prevHash());
        assertEquals(e1.hash(), e2.prevHash());
        assertEquals(e2.hash(), e3.prevHash());
        for (RegisterEntry e : new RegisterEntry[] {e1, e2, e3}) {
            assertTrue(e.hashMatches());
            assertTrue(Sha256.isHex(e.hash()));
        }
        assertEquals(3, head.seq());
        assertEquals(e3.hash(), head.hash());

        // each link is reproducible from the one before it
        String prev = Sha256.ZERO;
        for (RegisterEntry e : new RegisterEntry[] {e1, e2, e3}) {
            assertEquals(sha256(HexFormat.of().parseHex(prev), e.canonicalForm()), e.hash());
            prev = e.hash();
        }
    }

    @Test
    void entriesAreAppendOnly() throws Exception {
        RegisterEntry entry = RegisterEntry.append(RegisterHeads.empty(), published(42, 1, AT));

        assertThrows(IllegalStateException.class, entry::refuseChange);
    }

    @Test
    void aChangeNeedsAMomentAnActorAndAnAction() {
        assertThrows(
                NullPointerException.class,
                () -> new Change(null, "a", RegisterAction.CREATED, 1L, 1, null, null, null));
        assertThrows(
                NullPointerException.class,
                () -> new Change(AT, null, RegisterAction.CREATED, 1L, 1, null, null, null));
        assertThrows(NullPointerException.class, () -> new Change(AT, "a", null, 1L, 1, null, null, null));
    }

    @Test
    void onlyPublicationStepsArePublicChanges() {
        for (RegisterAction action : RegisterAction.values()) {
            boolean expected = switch (action) {
                case PUBLISHED, AMENDED, WITHDRAWN, ARCHIVED, IMPORTED, REDACTED, MOVED -> true;
                default -> false;
            };
            assertEquals(expected, action.isPublicChange(), action.name());
        }
    }
}
