package pl.metryka.domain.model.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import pl.metryka.domain.shared.Sha256;

/**
 * The bytes of a file on its way to the store, read as a stream: an upload of the API is spooled
 * to a temporary file while it is decoded, so its size never decides how much memory it takes.
 * Its digest and first bytes (for the type check) are known without reading it again.
 */
public interface FileContent {

    /** How many first bytes {@link #head()} keeps: enough for every signature the policy checks. */
    int HEAD_BYTES = 16;

    long size();

    /** Lower-case hex SHA-256 of the bytes. */
    String sha256();

    /** The first {@link #HEAD_BYTES} bytes (fewer if the file is shorter). */
    byte[] head();

    InputStream open() throws IOException;

    /** The file holding the bytes, when they are on disk (a parser may then read it at random). */
    default Optional<Path> file() {
        return Optional.empty();
    }

    /** Small contents held in memory: demo data, the editor's uploads, tests. */
    static FileContent of(byte[] bytes) {
        byte[] copy = bytes.clone();
        String sha256 = Sha256.hex(copy);
        return new FileContent() {
            @Override
            public long size() {
                return copy.length;
            }

            @Override
            public String sha256() {
                return sha256;
            }

            @Override
            public byte[] head() {
                return Arrays.copyOf(copy, Math.min(HEAD_BYTES, copy.length));
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(copy);
            }
        };
    }

    /** Copies {@code in} to {@code file} (a buffer at a time), taking its digest and head on the way. */
    static FileContent spool(InputStream in, Path file) throws IOException {
        MessageDigest digest = Sha256.digest();
        byte[] head = new byte[HEAD_BYTES];
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (size < HEAD_BYTES) {
                    System.arraycopy(buffer, 0, head, (int) size, (int) Math.min(n, HEAD_BYTES - size));
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
                size += n;
            }
        }
        return spooled(file, size, HexFormat.of().formatHex(digest.digest()), Arrays.copyOf(head, (int)
                Math.min(size, HEAD_BYTES)));
    }

    /** A file already on disk whose digest and head were taken while it was written. */
    static FileContent spooled(Path file, long size, String sha256, byte[] head) {
        byte[] first = Arrays.copyOf(head, Math.min(HEAD_BYTES, head.length));
        return new FileContent() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public String sha256() {
                return sha256;
            }

            @Override
            public byte[] head() {
                return first.clone();
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public Optional<Path> file() {
                return Optional.of(file);
            }
        };
    }
}
