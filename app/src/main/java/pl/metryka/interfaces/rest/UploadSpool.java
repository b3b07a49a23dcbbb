package pl.metryka.interfaces.rest;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import pl.metryka.domain.model.document.FileContent;
import pl.metryka.domain.shared.Sha256;

/**
 * The files one API request uploads, decoded into temporary files (owner-only, in java.io.tmpdir)
 * while its JSON is read ({@link StreamedUploads}). The request's JSON then names each file by a
 * reference ({@link #REFERENCE} and its number) that {@link Uploads} resolves. {@link ApiWriteGate}
 * opens the spool before the request and deletes its files when the request ends, failed or not.
 */
final class UploadSpool implements AutoCloseable {

    /** What replaces a file's base64 in the JSON handed to JSON-B; a client's own value is always replaced. */
    static final String REFERENCE = "\u0000spool:";

    private static final Logger LOG = Logger.getLogger(UploadSpool.class.getName());
    private static final ThreadLocal<UploadSpool> CURRENT = new ThreadLocal<>();

    private final List<Path> files = new ArrayList<>();
    /** By reference number: the content, or null where the base64 was not valid. */
    private final List<FileContent> contents = new ArrayList<>();

    private UploadSpool() {}

    /** Starts the spool of the request on this thread. */
    static UploadSpool open() {
        UploadSpool spool = new UploadSpool();
        CURRENT.set(spool);
        return spool;
    }

    /** The spool of the request on this thread, if one is open. */
    static UploadSpool current() {
        return CURRENT.get();
    }

    /** A new temporary file for one upload; deleted with the spool. */
    Path newFile() throws IOException {
        Path file = Files.createTempFile("metryka-upload-", ".bin");
        files.add(file);
        return file;
    }

    /** Records a decoded file (or null: not valid base64) and returns the reference naming it. */
    String add(FileContent content) {
        contents.add(content);
        return REFERENCE + (contents.size() - 1);
    }

    /** Whether {@code value} is a reference this spool handed out. */
    boolean names(String value) {
        return value != null && value.startsWith(REFERENCE) && number(value) >= 0;
    }

    /** The content a reference names; null if its base64 was not valid. */
    FileContent content(String reference) {
        return contents.get(number(reference));
    }

    private int number(String reference) {
        try {
            int n = Integer.parseInt(reference.substring(REFERENCE.length()));
            return n < contents.size() ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        CURRENT.remove();
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete the upload spool file " + file, e);
            }
        }
    }

    /**
     * Writes an upload to its spool file, hashing it and keeping its first bytes as they pass: the
     * file is read once, and only a buffer's worth of it is ever in memory.
     */
    static final class Writer extends FilterOutputStream {
        private final Path file;
        private final MessageDigest digest;
        private final byte[] head = new byte[FileContent.HEAD_BYTES];
        private long size;

        Writer(Path file) throws IOException {
            this(file, Sha256.digest());
        }

        private Writer(Path file, MessageDigest digest) throws IOException {
            super(new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024), digest));
            this.file = file;
            this.digest = digest;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (size < head.length) {
                System.arraycopy(bytes, offset, head, (int) size, (int) Math.min(length, head.length - size));
            }
            size += length;
            out.write(bytes, offset, length);
        }

        /** Call after close: the written file as content. */
        FileContent content() {
            return FileContent.spooled(file, size, HexFormat.of().formatHex(digest.digest()), Arrays.copyOf(head, (int)
                    Math.min(size, head.length)));
        }
    }
}
