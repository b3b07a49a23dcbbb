package pl.metryka.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Decides about a write to the API before a byte of its body is read. JAX-RS reads (and JSON-B
 * holds) the whole body before a resource method runs, so without this an anonymous client could
 * make the server buffer any number of large bodies only to be refused afterwards.
 *
 * <ul>
 * <li>A write (any method but GET, HEAD, OPTIONS) without a logged-in caller is refused with 401 at
 * once: the authentication mechanism has already run (a wrong password is refused there), so no
 * principal here means no credentials. The refusal is audited here, once, as the API's mappers do;
 * the request never reaches them.</li>
 * <li>A body whose Content-Length is over the endpoint's cap ({@link RequestBodyLimit}) gets 413.</li>
 * <li>A body without Content-Length (chunked) is counted while it is read and stops at the cap; the
 * API's mappers then answer 413.</li>
 * </ul>
 * An admitted write gets an {@link UploadSpool} for its files, emptied when it ends.
 * Refusals carry {@code Connection: close}: the unread body is not drained, the connection ends.
 * Declared in web.xml after api-problems, so its answers are problem+json like every other.
 */
public class ApiWriteGate extends ApiWriteFilter {

    @Inject
    private RefusedApiRequests refusals;

    @Override
    protected void filterWrite(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            refusals.record(request, null, "not authenticated");
            response.setHeader("WWW-Authenticate", "Basic realm=\"Metryka\", charset=\"UTF-8\"");
            refuse(response, Problem.of(401, request.getRequestURI(), null, "Wymagane uwierzytelnienie."));
            return;
        }
        // servlet path and path info: decoded and without ;parameters, as JAX-RS matches the path
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        RequestBodyLimit limit = RequestBodyLimit.of(request.getMethod(), path);
        if (request.getContentLengthLong() > limit.bytes()) {
            refuse(response, limit.problem(request.getRequestURI()));
            return;
        }
        // the files a document write decodes to disk go when the request does, answered or failed
        try (UploadSpool spool = UploadSpool.open()) {
            chain.doFilter(new Capped(request, limit), response);
        }
    }

    /** Answers without reading the body, and closes the connection rather than drain what is left of it. */
    static void refuse(HttpServletResponse response, Problem problem) throws IOException {
        response.setHeader("Connection", "close");
        problem.writeTo(response);
        response.flushBuffer();
    }

    /** The request with its body counted as it is read: past the cap, reading fails and the request is marked. */
    private static final class Capped extends HttpServletRequestWrapper {
        private final RequestBodyLimit limit;
        private ServletInputStream stream;

        Capped(HttpServletRequest request, RequestBodyLimit limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit, this);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(
                    getInputStream(), encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final RequestBodyLimit limit;
        private final HttpServletRequest request;
        private long read;

        Counting(ServletInputStream in, RequestBodyLimit limit, HttpServletRequest request) {
            this.in = in;
            this.limit = limit;
            this.request = request;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit.bytes()) {
                request.setAttribute(RequestBodyLimit.EXCEEDED, limit);
                throw new IOException("Request body over " + limit.readable());
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
