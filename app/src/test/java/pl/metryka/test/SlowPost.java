package pl.metryka.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A POST written by hand on a socket, so that a large body can be announced (Content-Length, or
 * chunked) and then sent a part at a time without ever being held: the first {@value #FIRST_PART}
 * bytes, then a wait for an early answer, then the rest only if none came. Used in-container by
 * RequestBodiesIT and from outside by the deploy check's BodyFloodCheck.
 */
public final class SlowPost {

    /** What a client sends before it waits for an early answer. */
    public static final int FIRST_PART = 256 * 1024;

    private SlowPost() {}

    /** What came back, and how much of the body had been sent when it did. */
    public record Answer(int status, String head, String body, long sentBeforeAnswer) {}

    /**
     * Announces a JSON body of {@code size} bytes (Content-Length, or chunked), sends its first
     * {@value #FIRST_PART} bytes and waits up to 10 s for an answer; without one it sends the rest
     * and waits for the answer then.
     */
    public static Answer send(URI base, String path, String authorization, long size, boolean chunked)
            throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":"
                    + base.getPort() + "\r\nContent-Type: application/json\r\nAccept: application/json\r\n");
            if (authorization != null) {
                head.append("Authorization: ").append(authorization).append("\r\n");
            }
            head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + size + "\r\n")
                    .append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            Body body = new Body(out, size, chunked);
            body.send(FIRST_PART);
            socket.setSoTimeout(10_000);
            int first;
            try {
                first = in.read();
            } catch (SocketTimeoutException notYet) {
                body.send(size - FIRST_PART);
                socket.setSoTimeout(300_000);
                first = in.read();
            }
            return read(first, in, body.sent);
        }
    }

    private static Answer read(int first, InputStream in, long sent) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        if (first >= 0) {
            all.write(first);
        }
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                all.write(buffer, 0, n);
                String text = all.toString(StandardCharsets.UTF_8);
                int end = text.indexOf("\r\n\r\n");
                if (end > 0 && complete(text, end)) {
                    break;
                }
            }
        } catch (IOException reset) {
            // the server may close a connection whose body it did not read; what arrived is the answer
        }
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        int status = head.length() >= 12 ? Integer.parseInt(head.substring(9, 12)) : -1;
        return new Answer(status, head, end < 0 ? "" : text.substring(end + 4), sent);
    }

    private static boolean complete(String text, int headEnd) {
        String head = text.substring(0, headEnd).toLowerCase();
        int at = head.indexOf("content-length: ");
        if (at < 0) {
            return false;
        }
        int length = Integer.parseInt(head.substring(at + 16).split("\r\n")[0].trim());
        return text.substring(headEnd + 4).getBytes(StandardCharsets.UTF_8).length >= length;
    }

    /** A body of {@code size} bytes, {@code {"title":"} spaces {@code "}}, written from one 64 KB buffer. */
    private static final class Body {
        private static final byte[] PREFIX = "{\"title\":\"".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] SUFFIX = "\"}".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] SPACES = new byte[64 * 1024];

        static {
            Arrays.fill(SPACES, (byte) ' ');
        }

        private final OutputStream out;
        private final long size;
        private final boolean chunked;
        long sent;

        Body(OutputStream out, long size, boolean chunked) {
            this.out = out;
            this.size = size;
            this.chunked = chunked;
        }

        void send(long bytes) {
            try {
                long until = Math.min(size, sent + bytes);
                while (sent < until) {
                    int n = (int) Math.min(SPACES.length, until - sent);
                    byte[] part = SPACES;
                    if (sent < PREFIX.length || sent + n > size - SUFFIX.length) {
                        part = SPACES.clone();
                        for (int i = 0; i < n; i++) {
                            long at = sent + i;
                            if (at < PREFIX.length) {
                                part[i] = PREFIX[(int) at];
                            } else if (at >= size - SUFFIX.length) {
                                part[i] = SUFFIX[(int) (at - (size - SUFFIX.length))];
                            }
                        }
                    }
                    if (chunked) {
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(part, 0, n);
                    if (chunked) {
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    sent += n;
                }
                if (chunked && sent == size) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException closed) {
                // the server answered and closed the connection: the rest is not wanted
            }
        }
    }
}
