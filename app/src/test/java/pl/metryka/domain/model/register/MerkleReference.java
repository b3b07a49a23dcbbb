package pl.metryka.domain.model.register;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/** A deliberately naive, independent transcription of RFC 9162 MTH over leaf inputs, for cross-checks. */
final class MerkleReference {

    private MerkleReference() {}

    static byte[] mth(List<byte[]> leaves) {
        int n = leaves.size();
        if (n == 0) {
            return sha256();
        }
        if (n == 1) {
            return sha256(new byte[] {0}, leaves.get(0));
        }
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return sha256(new byte[] {1}, mth(leaves.subList(0, k)), mth(leaves.subList(k, n)));
    }

    /** Leaf inputs 0..n-1 that all differ: the index as text. */
    static List<byte[]> leaves(int n) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            leaves.add(("leaf " + i).getBytes());
        }
        return leaves;
    }

    static List<byte[]> leafHashes(List<byte[]> leaves) {
        return leaves.stream().map(leaf -> sha256(new byte[] {0}, leaf)).toList();
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
