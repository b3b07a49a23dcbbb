package pl.metryka.domain.model.register;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.metryka.domain.shared.Sha256;
import pl.metryka.test.RegisterHeads;

/** Known values: the RFC 6962 / 9162 reference vectors that Certificate Transparency implementations test against. */
class MerkleTreeTest {

    static final List<byte[]> RFC_LEAVES = List.of(
            hex(""),
            hex("00"),
            hex("10"),
            hex("2021"),
            hex("3031"),
            hex("40414243"),
            hex("5051525354555657"),
            hex("606162636465666768696a6b6c6d6e6f"));

    static final List<String> RFC_ROOTS = List.of(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    private static final String EMPTY_ROOT = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    // The subtrees of the reference leaves that the proofs below are made of, named as RFC 9162 writes
    // them: D2_4 is MTH(D[2:4]). A proof is a list of such subtrees, so the names show why it is right.
    private static final String D0_1 = "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d";
    private static final String D1_2 = "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7";
    private static final String D0_2 = "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125";
    private static final String D2_4 = "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e";
    private static final String D0_4 = "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7";
    private static final String D4_5 = "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b";
    private static final String D4_6 = "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a";
    private static final String D6_8 = "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0";
    private static final String D4_8 = "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4";

    /** The tree of the eight reference leaves, new for each test. */
    private final MerkleTree tree = MerkleTree.ofLeaves(RFC_LEAVES);

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    @Test
    void emptyTreeHashesTheEmptyString() {
        assertEquals(EMPTY_ROOT, MerkleHash.hex(MerkleHash.empty()));
        assertEquals(
                EMPTY_ROOT, MerkleHash.hex(MerkleTree.ofLeafHashes(List.of()).root()));
        assertEquals(EMPTY_ROOT, MerkleHash.hex(tree.root(0)));
    }

    @Test
    void rootsOfTheReferenceVectorsForSizesOneToEight() {
        for (int size = 1; size <= 8; size++) {
            assertEquals(RFC_ROOTS.get(size - 1), MerkleHash.hex(tree.root(size)), "size " + size);
            assertEquals(
                    RFC_ROOTS.get(size - 1),
                    MerkleHash.hex(MerkleReference.mth(RFC_LEAVES.subList(0, size))),
                    "reference implementation, size " + size);
            assertEquals(
                    RFC_ROOTS.get(size - 1),
                    MerkleHash.hex(
                            MerkleTree.ofLeaves(RFC_LEAVES.subList(0, size)).root()));
        }
    }

    @Test
    void leafAndNodeHashesArePrefixed() {
        // The first vector's root is the leaf hash of the empty leaf: SHA-256(0x00).
        assertEquals(RFC_ROOTS.get(0), MerkleHash.hex(MerkleHash.leaf(new byte[0])));
        assertArrayEquals(
                tree.root(2), MerkleHash.node(MerkleHash.leaf(RFC_LEAVES.get(0)), MerkleHash.leaf(RFC_LEAVES.get(1))));
    }

    @Test
    void inclusionProofsOfTheReferenceVectors() {
        assertEquals(List.of(), MerkleHash.hex(tree.inclusionProof(0, 1)));
        assertEquals(List.of(D1_2, D2_4, D4_8), MerkleHash.hex(tree.inclusionProof(0, 8)));
        assertEquals(List.of(D4_5, D6_8, D0_4), MerkleHash.hex(tree.inclusionProof(5, 8)));
        assertEquals(List.of(D0_2), MerkleHash.hex(tree.inclusionProof(2, 3)));
        assertEquals(List.of(D0_1, D2_4, D4_5), MerkleHash.hex(tree.inclusionProof(1, 5)));
    }

    @Test
    void consistencyProofsOfTheReferenceVectors() {
        assertEquals(List.of(), MerkleHash.hex(tree.consistencyProof(1, 1)));
        assertEquals(List.of(D1_2, D2_4, D4_8), MerkleHash.hex(tree.consistencyProof(1, 8)));
        assertEquals(List.of(D4_6, D6_8, D0_4), MerkleHash.hex(tree.consistencyProof(6, 8)));
        assertEquals(List.of(D2_4, D4_5), MerkleHash.hex(tree.consistencyProof(2, 5)));
    }

    @Test
    void rootsMatchTheReferenceImplementationUpTo64Leaves() {
        List<byte[]> leaves = MerkleReference.leaves(64);
        MerkleTree large = MerkleTree.ofLeafHashes(MerkleReference.leafHashes(leaves));
        for (int size = 0; size <= 64; size++) {
            assertArrayEquals(MerkleReference.mth(leaves.subList(0, size)), large.root(size), "size " + size);
        }
    }

    @Test
    void registerEntryLeafIsItsCanonicalFormInUtf8() throws ReflectiveOperationException {
        RegisterHead head = RegisterHeads.empty();
        RegisterEntry entry = RegisterEntry.append(
                head,
                new Change(
                        Instant.parse("2024-05-06T08:30:00Z"),
                        "Anna Kowalska",
                        RegisterAction.PUBLISHED,
                        7L,
                        1,
                        "Zarządzenie nr 12/2024",
                        null,
                        Sha256.hex("treść")));
        byte[] utf8 = entry.canonicalForm().getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(MerkleReference.leafHashes(List.of(utf8)).get(0), MerkleHash.leaf(entry));
    }

    @Test
    void hexHelpersRoundTripAndRejectWrongLengths() {
        List<byte[]> proof = tree.inclusionProof(3, 7);
        List<byte[]> back = MerkleHash.fromHex(MerkleHash.hex(proof));
        assertEquals(proof.size(), back.size());
        for (int i = 0; i < proof.size(); i++) {
            assertArrayEquals(proof.get(i), back.get(i));
        }
        assertThrows(IllegalArgumentException.class, () -> MerkleHash.fromHex("abcd"));
    }

    @Test
    void refusesOutOfRangeArguments() {
        assertThrows(IllegalArgumentException.class, () -> tree.root(9));
        assertThrows(IllegalArgumentException.class, () -> tree.inclusionProof(8, 8));
        assertThrows(IllegalArgumentException.class, () -> tree.inclusionProof(0, 0));
        assertThrows(IllegalArgumentException.class, () -> tree.consistencyProof(5, 4));
        assertThrows(IllegalArgumentException.class, () -> tree.consistencyProof(1, 9));
        assertThrows(IllegalArgumentException.class, () -> MerkleTree.ofLeafHashes(List.of(new byte[31])));
        assertTrue(tree.consistencyProof(0, 8).isEmpty());
    }
}
