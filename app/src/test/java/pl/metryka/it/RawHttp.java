package pl.metryka.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 exchange over a plain socket, from a chosen local address: the tests decide the
 * peer address the server sees (any 127.x.y.z is this machine on Linux) and write any header,
 * Host included, exactly as a client or a proxy would.
 */
final class RawHttp {

    private RawHttp() {}

    /** The whole answer (status line, headers, body) of {@code method path} sent from {@code from}. */
    static String exchange(URL base, String from, String method, String path, String host, String... headers) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            StringBuilder request = new StringBuilder(method)
                    .append(' ')
                    .append(path)
                    .append(" HTTP/1.1\r\n")
                    .append("Host: ")
                    .append(host)
                    .append("\r\nConnection: close\r\n");
            for (int i = 0; i < headers.length; i += 2) {
                request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                request.append("Content-Length: 0\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " from " + from, e);
        }
    }

    static int status(String answer) {
        return Integer.parseInt(answer.substring(9, 12));
    }

    /** The first value of header {@code name}, or null. */
    static String header(String answer, String name) {
        String head = answer.split("\r\n\r\n", 2)[0];
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    /** The deployment's path (e.g. {@code /metryka/}) followed by {@code path}. */
    static String app(URL base, String path) {
        String root = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
        return root + path;
    }
}
