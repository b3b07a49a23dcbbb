package pl.metryka.interfaces.rest;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import pl.metryka.domain.shared.Sha256;

/**
 * ETag and conditional GET for every successful read of the API: the answer is held back, its
 * ETag is the hash of its bytes (or the one the resource set itself, as attachments do), and a
 * client that already has those bytes ({@code If-None-Match}) gets a 304 without a body. Clients
 * must revalidate ({@code Cache-Control: no-cache}): the data behind an answer can change at any time.
 */
@WebFilter(urlPatterns = "/api/v1/*", dispatcherTypes = DispatcherType.REQUEST)
public class ConditionalGetFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Buffered buffered = new Buffered(response);
        chain.doFilter(request, buffered);
        byte[] body = buffered.body();
        if (buffered.getStatus() != HttpServletResponse.SC_OK || response.isCommitted()) {
            if (body.length > 0) {
                response.getOutputStream().write(body);
            }
            return;
        }
        String etag = buffered.getHeader("ETag");
        if (etag == null) {
            etag = "\"" + Sha256.hex(body).substring(0, 32) + "\"";
            response.setHeader("ETag", etag);
        }
        if (response.getHeader("Cache-Control") == null) {
            response.setHeader("Cache-Control", "no-cache");
        }
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** If-None-Match holds "*" or a list of (possibly weak) tags. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String strong = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(strong)) {
                return true;
            }
        }
        return false;
    }

    /** Collects what the resource writes instead of sending it. */
    private static final class Buffered extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private ServletOutputStream stream;
        private PrintWriter writer;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toByteArray();
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("blocking writes only");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(
                        getOutputStream(), encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
            }
            return writer;
        }

        @Override
        public void setContentLength(int len) {
            // the real length is set once the body is known
        }

        @Override
        public void setContentLengthLong(long len) {}

        @Override
        public void flushBuffer() {
            // nothing is sent before the filter has seen the whole answer
        }

        @Override
        public void resetBuffer() {
            bytes.reset();
        }

        @Override
        public void reset() {
            super.reset();
            bytes.reset();
        }
    }
}
