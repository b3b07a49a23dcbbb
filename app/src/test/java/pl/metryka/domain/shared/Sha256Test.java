package pl.metryka.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Sha256Test {

    @Test
    void knownVectorsAsLowerCaseHex() {
        // FIPS 180-2 test vectors
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.hex("abc"));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.hex(""));
    }

    @Test
    void textIsHashedAsUtf8() {
        String polish = "źdźbło";

        assertEquals(Sha256.hex(polish.getBytes(StandardCharsets.UTF_8)), Sha256.hex(polish));
        assertFalse(Sha256.hex(polish.getBytes(StandardCharsets.ISO_8859_1)).equals(Sha256.hex(polish)));
    }

    @Test
    void zeroIsSixtyFourZeros() {
        assertEquals(64, Sha256.ZERO.length());
        assertTrue(Sha256.ZERO.chars().allMatch(c -> c == '0'));
        assertTrue(Sha256.isHex(Sha256.ZERO));
    }

    @Test
    void isHexAcceptsOnlySixtyFourLowerCaseHexDigits() {
        String hash = Sha256.hex("x");

        assertTrue(Sha256.isHex(hash));
        assertFalse(Sha256.isHex(hash.toUpperCase()));
        assertFalse(Sha256.isHex(hash.substring(1)));
        assertFalse(Sha256.isHex(hash + "0"));
        assertFalse(Sha256.isHex(hash.substring(1) + "g"));
        assertFalse(Sha256.isHex(null));
        assertFalse(Sha256.isHex(""));
    }
}
