package pl.metryka.domain.model.tlog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A tree head as a C2SP checkpoint (c2sp.org/tlog-checkpoint): the note text is three lines, the
 * origin (which log), the tree size in decimal and the base64 RFC 9162 root hash, each ending in a
 * newline. Signed, it is followed by a blank line and one signature line per signature.
 */
public record Checkpoint(String origin, long size, byte[] rootHash) {

    public Checkpoint {
        if (origin == null || origin.isEmpty() || origin.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException("A checkpoint's origin is one non-empty line.");
        }
        if (size < 0 || rootHash == null || rootHash.length != 32) {
            throw new IllegalArgumentException("A checkpoint has a size >= 0 and a 32-byte root hash.");
        }
        rootHash = rootHash.clone();
    }

    /** The note text every signature signs, with its final newline. */
    public String text() {
        return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n";
    }

    public byte[] textBytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** The signed note: the text, a blank line, then the signature lines in the order given. */
    public String signedNote(List<NoteSignature> signatures) {
        if (signatures.isEmpty()) {
            throw new IllegalArgumentException("A signed note has at least one signature.");
        }
        StringBuilder note = new StringBuilder(text()).append('\n');
        signatures.forEach(s -> note.append(s.line()).append('\n'));
        return note.toString();
    }

    /** A signed note split into its checkpoint and its signature lines; empty if it is not one. */
    public record Signed(Checkpoint checkpoint, List<NoteSignature> signatures) {}

    /** Reads a signed checkpoint note; extension lines are not accepted (Metryka never writes them). */
    public static Optional<Signed> parseSigned(String note) {
        if (!note.endsWith("\n") || note.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
            return Optional.empty();
        }
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            return Optional.empty();
        }
        String[] text = note.substring(0, split + 1).split("\n", -1);
        if (text.length != 4 || !text[3].isEmpty() || !text[1].matches("0|[1-9][0-9]{0,18}")) {
            return Optional.empty();
        }
        try {
            Checkpoint checkpoint = new Checkpoint(
                    text[0], Long.parseLong(text[1]), Base64.getDecoder().decode(text[2]));
            if (!checkpoint.text().equals(note.substring(0, split + 1))) {
                return Optional.empty();
            }
            List<NoteSignature> signatures = new ArrayList<>();
            for (String line : note.substring(split + 2, note.length() - 1).split("\n", -1)) {
                Optional<NoteSignature> signature = NoteSignature.parse(line);
                if (signature.isEmpty()) {
                    return Optional.empty();
                }
                signatures.add(signature.get());
            }
            return Optional.of(new Signed(checkpoint, signatures));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint c
                && origin.equals(c.origin)
                && size == c.size
                && Arrays.equals(rootHash, c.rootHash);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * origin.hashCode() + Long.hashCode(size)) + Arrays.hashCode(rootHash);
    }
}
