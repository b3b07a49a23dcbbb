package pl.metryka.interfaces.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * /openapi in the media types clients ask for: Payara's endpoint offers only text/plain (YAML)
 * and application/json and answers 406 to {@code application/yaml} (RFC 9512) and to the OpenAPI
 * types {@code application/vnd.oai.openapi[+json]}. This asks Payara for the matching one and
 * labels the answer as asked. Payara registers its endpoint in the root web context, so this
 * applies when Metryka is deployed at "/" (the runnable jar and the production recipe do so).
 */
@WebFilter(urlPatterns = {"/openapi", "/openapi/*"})
public class OpenApiMediaTypes extends HttpFilter {

    static final String YAML = "application/yaml";
    static final String OPENAPI_YAML = "application/vnd.oai.openapi";
    static final String OPENAPI_JSON = "application/vnd.oai.openapi+json";
    /** What Payara's endpoint answers by itself. */
    private static final Set<String> NATIVE = Set.of("text/plain", "application/json", "*/*");

    private static final Set<String> RELABELLED = Set.of(YAML, OPENAPI_YAML, OPENAPI_JSON);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String label = label(request.getHeader("Accept"));
        if (label == null) {
            chain.doFilter(request, response);
            return;
        }
        String ask = label.endsWith("json") ? "application/json" : "text/plain";
        chain.doFilter(new Asking(request, ask), new Labelled(response, label + ";charset=UTF-8"));
    }

    /** The media type to answer with, or null when Payara's own negotiation already fits. */
    static String label(String accept) {
        if (accept == null) {
            return null;
        }
        String best = null;
        double bestQ = 0;
        for (String part : accept.split(",")) {
            String[] fields = part.trim().split(";");
            String type = fields[0].trim().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < fields.length; i++) {
                String f = fields[i].trim();
                if (f.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(f.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (q > bestQ && (RELABELLED.contains(type) || NATIVE.contains(type))) {
                best = type;
                bestQ = q;
            }
        }
        return best == null || NATIVE.contains(best) ? null : best;
    }

    private static final class Asking extends HttpServletRequestWrapper {
        private final String accept;

        Asking(HttpServletRequest request, String accept) {
            super(request);
            this.accept = accept;
        }

        @Override
        public String getHeader(String name) {
            return "Accept".equalsIgnoreCase(name) ? accept : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Accept".equalsIgnoreCase(name) ? Collections.enumeration(List.of(accept)) : super.getHeaders(name);
        }
    }

    private static final class Labelled extends HttpServletResponseWrapper {
        private final String type;

        Labelled(HttpServletResponse response, String type) {
            super(response);
            this.type = type;
        }

        @Override
        public void setContentType(String ignored) {
            super.setContentType(ignored != null && ignored.contains("html") ? ignored : type);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!relabelled(name, value)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!relabelled(name, value)) {
                super.addHeader(name, value);
            }
        }

        /** A Content-Type given as a header, set or added, is labelled like one given by setContentType. */
        private boolean relabelled(String name, String value) {
            if (!"Content-Type".equalsIgnoreCase(name)) {
                return false;
            }
            setContentType(value);
            return true;
        }
    }
}
