package pl.metryka.interfaces.web.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Lets status and headers through to the real response and keeps the body (written through
 * either the stream or the writer) in memory, so the filter can keep it and then write it, with
 * the live visit count in it. An error or a redirect goes to the container as usual and is kept
 * by no one.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
    /** Past this many bytes the answer cannot be kept anyway: it goes straight to the client, not into memory. */
    private final int limit;

    private boolean passedThrough;
    private long declaredLength = -1;
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean cookie;
    private boolean handedOver;

    CapturingResponse(HttpServletResponse response, int limit) {
        super(response);
        this.limit = limit;
    }

    /** True when the body outgrew the limit and was written to the client as it came (never kept). */
    boolean passedThrough() {
        return passedThrough;
    }

    /** Flushes what the writer holds (to the buffer, or to the client once passed through). */
    void finish() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (passedThrough) {
            getResponse().flushBuffer();
        }
    }

    /** True after sendError or sendRedirect: the container writes that response itself. */
    boolean handedOver() {
        return handedOver;
    }

    boolean setCookie() {
        return cookie;
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    @Override
    public void addCookie(Cookie c) {
        cookie = true;
        super.addCookie(c);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        handedOver = true;
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        handedOver = true;
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        handedOver = true;
        super.sendRedirect(location);
    }

    // the filter sets the length of what it finally writes (a body passed through keeps the route's own)
    @Override
    public void setContentLength(int len) {
        setContentLengthLong(len);
    }

    @Override
    public void setContentLengthLong(long len) {
        if (passedThrough) {
            super.setContentLengthLong(len);
        } else {
            declaredLength = len;
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if ("Content-Length".equalsIgnoreCase(name)) {
            setContentLengthLong(Long.parseLong(value.trim()));
        } else {
            super.setHeader(name, value);
        }
    }

    private void write(byte[] b, int off, int len) throws IOException {
        if (!passedThrough && body.size() + (long) len > limit) {
            passedThrough = true;
            if (declaredLength >= 0) {
                super.setContentLengthLong(declaredLength);
            }
            body.writeTo(getResponse().getOutputStream());
            body.reset();
        }
        if (passedThrough) {
            getResponse().getOutputStream().write(b, off, len);
        } else {
            body.write(b, off, len);
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void resetBuffer() {
        if (writer != null) {
            writer.flush();
        }
        body.reset();
        if (passedThrough) {
            super.resetBuffer();
        }
    }

    @Override
    public void reset() {
        super.reset();
        resetBuffer();
    }

    @Override
    public boolean isCommitted() {
        return handedOver || super.isCommitted();
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("the page cache buffers; no asynchronous writes");
                }

                @Override
                public void write(int b) throws IOException {
                    CapturingResponse.this.write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    CapturingResponse.this.write(b, off, len);
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer =
                    new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }
}
