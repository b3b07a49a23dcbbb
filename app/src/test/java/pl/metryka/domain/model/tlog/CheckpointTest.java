package pl.metryka.domain.model.tlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.metryka.test.TlogClient;

class CheckpointTest {

    // the example of c2sp.org/tlog-checkpoint
    static final String ROOT = "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=";
    static final String EXAMPLE = "example.com/behind-the-sofa\n20852163\n" + ROOT + "\n\n"
            + "\u2014 example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n";

    /** The log's checkpoint that the signature and cosignature tests sign: size 140, a zero root. */
    private static final Checkpoint AT_140 = new Checkpoint("bip.example.pl/metryka", 140, new byte[32]);

    @Test
    void theNoteTextIsOriginSizeAndBase64Root() {
        Checkpoint checkpoint = new Checkpoint(
                "example.com/behind-the-sofa", 20852163, Base64.getDecoder().decode(ROOT));
        assertEquals("example.com/behind-the-sofa\n20852163\n" + ROOT + "\n", checkpoint.text());
        Checkpoint.Signed read = Checkpoint.parseSigned(EXAMPLE).orElseThrow();
        assertEquals(checkpoint, read.checkpoint());
        assertEquals(EXAMPLE, checkpoint.signedNote(read.signatures()));
        assertFalse(
                Checkpoint.parseSigned(EXAMPLE.replace("20852163", "020852163")).isPresent());
        assertFalse(Checkpoint.parseSigned(EXAMPLE.replace("\n\n", "\n")).isPresent());
        assertFalse(Checkpoint.parseSigned(EXAMPLE.replace(ROOT, "x")).isPresent());
    }

    @Test
    void aSignedCheckpointVerifiesWithAnIndependentClient() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        NoteKey key = NoteKey.fromSpki(
                "bip.example.pl/metryka", NoteKey.ED25519, pair.getPublic().getEncoded());
        String note = AT_140.signedNote(List.of(NoteSignature.by(key, sign(pair.getPrivate(), AT_140.textBytes()))));
        TlogClient.Checkpoint read = TlogClient.parse(note);
        assertEquals(140, read.size());
        assertTrue(TlogClient.signedBy(read, "bip.example.pl/metryka", key.publicKey()));
        assertFalse(TlogClient.signedBy(
                TlogClient.parse(note.replace("\n140\n", "\n141\n")), "bip.example.pl/metryka", key.publicKey()));
    }

    @Test
    void aWitnessCosignatureSignsTheTimeAndTheNoteText() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        NoteKey witness = NoteKey.fromSpki(
                "witness.example.org/w1", NoteKey.COSIGNATURE, pair.getPublic().getEncoded());
        assertEquals(
                "cosignature/v1\ntime 1679315147\nbip.example.pl/metryka\n140\n"
                        + Base64.getEncoder().encodeToString(new byte[32]) + "\n",
                new String(Cosignature.message(AT_140, 1679315147)));
        Cosignature cosignature =
                new Cosignature(witness, 1679315147, sign(pair.getPrivate(), Cosignature.message(AT_140, 1679315147)));
        NoteSignature line = NoteSignature.parse(cosignature.line().line()).orElseThrow();
        Cosignature read = Cosignature.of(line, witness).orElseThrow();
        assertEquals(cosignature, read);
        assertTrue(read.verifies(AT_140));
        assertFalse(read.verifies(new Checkpoint("bip.example.pl/metryka", 141, new byte[32])));
        assertFalse(
                Cosignature.of(
                                line,
                                NoteKey.fromSpki(
                                        "witness.example.org/w2",
                                        NoteKey.COSIGNATURE,
                                        pair.getPublic().getEncoded()))
                        .isPresent(),
                "a line by another name is not this witness's");
    }

    /** An Ed25519 signature made outside the classes under test, as a log or a witness would make it. */
    private static byte[] sign(PrivateKey key, byte[] message) throws GeneralSecurityException {
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(key);
        signer.update(message);
        return signer.sign();
    }
}
