package pl.metryka.domain.model.tlog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import pl.metryka.test.TlogClient;

class NoteKeyTest {

    // the example of c2sp.org/signed-note, "Verifier keys"
    static final String EXAMPLE_VKEY = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k";
    static final String EXAMPLE_NOTE = "This is an example message.\n\n"
            + "\u2014 example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n";

    @Test
    void theSpecificationsExampleKeyHasItsIdAndVerifiesItsExampleNote() {
        NoteKey key = NoteKey.parseVkey(EXAMPLE_VKEY);
        assertEquals("example.com/foo", key.name());
        assertEquals(NoteKey.ED25519, key.type());
        assertEquals(0x530d903a, key.keyId());
        assertEquals(EXAMPLE_VKEY, key.vkey());
        NoteSignature line = NoteSignature.parse(EXAMPLE_NOTE.split("\n")[2]).orElseThrow();
        assertTrue(line.isBy(key));
        byte[] text = "This is an example message.\n".getBytes(StandardCharsets.UTF_8);
        assertTrue(key.verifies(text, line.signature()));
        assertFalse(key.verifies("This is an example message!\n".getBytes(StandardCharsets.UTF_8), line.signature()));
        assertEquals(EXAMPLE_NOTE.split("\n")[2], line.line());
    }

    @Test
    void aJavaKeyIsNamedByItsRawBytesAndIdAsAnIndependentClientComputesThem() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        NoteKey key = NoteKey.fromSpki(
                "bip.example.pl/metryka", NoteKey.ED25519, pair.getPublic().getEncoded());
        byte[] raw = Arrays.copyOfRange(pair.getPublic().getEncoded(), 12, 44);
        assertArrayEquals(raw, key.publicKey());
        assertEquals(
                HexFormat.of().formatHex(TlogClient.keyId("bip.example.pl/metryka", raw)),
                String.format("%08x", key.keyId()));
        assertEquals(TlogClient.vkey("bip.example.pl/metryka", raw), key.vkey());
        assertEquals(key, NoteKey.parseVkey(key.vkey()));

        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(pair.getPrivate());
        signer.update(new byte[] {1, 2, 3});
        byte[] first = signer.sign();
        signer.update(new byte[] {1, 2, 3});
        assertArrayEquals(first, signer.sign(), "Ed25519 is deterministic: the same note gets the same signature");
        assertTrue(key.verifies(new byte[] {1, 2, 3}, first));
    }

    @Test
    void malformedKeysAreRefused() {
        assertThrows(
                IllegalArgumentException.class, () -> NoteKey.parseVkey(EXAMPLE_VKEY.replace("530d903a", "530d903b")));
        assertThrows(IllegalArgumentException.class, () -> NoteKey.parseVkey("example.com/foo+530d903a"));
        assertThrows(
                IllegalArgumentException.class,
                () -> NoteKey.parseVkey("a b+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k"));
        assertThrows(IllegalArgumentException.class, () -> new NoteKey("", NoteKey.ED25519, new byte[32]));
        assertThrows(IllegalArgumentException.class, () -> NoteKey.fromSpki("x", NoteKey.ED25519, new byte[44]));
    }
}
