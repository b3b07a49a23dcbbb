package pl.metryka.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * HTTP/1.1 requests sent from a chosen loopback address (any of 127.0.0.0/8 is this machine), so
 * that a test can play clients at different addresses against the one server: the server sees the
 * address in the TCP connection, as it sees any client's.
 */
final class FromAddress {

    record Reply(int status, String head, String body) {
        Optional<String> header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return Optional.of(line.substring(colon + 1).trim());
                }
            }
            return Optional.empty();
        }
    }

    private final String address;

    private FromAddress(String address) {
        this.address = address;
    }

    /** A loopback address no other test uses: 127.<random>.<random>.<random>. */
    static FromAddress random() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new FromAddress("127." + r.nextInt(1, 255) + "." + r.nextInt(0, 256) + "." + r.nextInt(2, 255));
    }

    String address() {
        return address;
    }

    /** GET {@code path} (relative to the application) with HTTP Basic credentials. */
    Reply get(URL base, String path, String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        String target = base.getPath() + path;
        int port = base.getPort() < 0 ? base.getDefaultPort() : base.getPort();
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(
                    ("GET " + target + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + port + "\r\nAuthorization: Basic "
                                    + basic + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String reply = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
            int end = reply.indexOf("\r\n\r\n");
            String head = end < 0 ? reply : reply.substring(0, end);
            int status = Integer.parseInt(head.substring(9, 12));
            return new Reply(status, head, end < 0 ? "" : reply.substring(end + 4));
        } catch (IOException e) {
            throw new UncheckedIOException("from " + address, e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toByteArray();
    }
}
