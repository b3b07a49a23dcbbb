package pl.metryka.interfaces.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Security headers on every response. The public pages need no inline or foreign script, so the
 * Content-Security-Policy allows scripts from this site only; nobody may frame the bulletin.
 *
 * <p>The back office ({@code /panel/}, {@code /logowanie}) runs PrimeFaces, whose scripts are
 * inline: with {@code primefaces.CSP} on, PrimeFaces puts a fresh nonce on each of them and adds a
 * policy header carrying it. Two policies would both be enforced, so this filter stays the one
 * author of the header: on back-office pages it takes the nonce from PrimeFaces' header into the
 * back-office policy. PrimeFaces' phase listener adds its header to every Faces view, public ones
 * too; there it is dropped: public pages use plain {@code <head>}/{@code <body>}, so PrimeFaces
 * writes no script into them, and they keep the strict policy, with no nonce and no inline script.
 */
public class SecurityHeadersFilter extends HttpFilter {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'self'";

    /** The back office: as strict, except that scripts carrying this response's nonce may run. */
    static final String BACK_OFFICE_POLICY =
            "default-src 'self'; script-src 'self' %s; style-src 'self' 'unsafe-inline'; "
                    + "img-src 'self' data: blob:; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
                    + "frame-ancestors 'self'";

    static final String CSP = "Content-Security-Policy";
    private static final Pattern NONCE = Pattern.compile("'nonce-[A-Za-z0-9+/=_-]+'");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        chain.doFilter(request, new OnePolicy(response, isBackOffice(request)));
    }

    static boolean isBackOffice(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/panel/") || path.equals("/panel") || path.startsWith("/logowanie");
    }

    /** Turns PrimeFaces' policy header into the one policy of this response. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        private final boolean backOffice;

        OnePolicy(HttpServletResponse response, boolean backOffice) {
            super(response);
            this.backOffice = backOffice;
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                Matcher nonce = value == null ? null : NONCE.matcher(value);
                if (backOffice && nonce != null && nonce.find()) {
                    super.setHeader(CSP, String.format(BACK_OFFICE_POLICY, nonce.group()));
                }
                return; // elsewhere the strict policy set above stays
            }
            super.setHeader(name, value);
        }
    }
}
