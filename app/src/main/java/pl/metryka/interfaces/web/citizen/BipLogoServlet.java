package pl.metryka.interfaces.web.citizen;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import pl.metryka.application.BipLogos;
import pl.metryka.domain.model.site.BipLogo;

/**
 * {@code /logo-bip?v={sha256}}: the BIP logo the administrator uploaded. Pages link it with its
 * hash, so that address never changes content: it is cached for a year ({@code immutable}); an
 * address without the current hash is revalidated. The ETag is the hash, so a revalidation costs
 * a 304. An SVG gets a policy that forbids scripts and outside loads even when opened directly.
 * Without an uploaded logo the pages show the drawn placeholder and this address answers 404.
 */
@WebServlet(BipLogoServlet.PATH)
public class BipLogoServlet extends HttpServlet {

    public static final String PATH = "/logo-bip";
    private static final long serialVersionUID = 1L;

    @Inject
    private transient BipLogos logos;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<BipLogo> found = logos.logo();
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        BipLogo logo = found.get();
        String etag = "\"" + logo.sha256() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader(
                "Cache-Control",
                logo.sha256().equals(request.getParameter("v"))
                        ? "public, max-age=31536000, immutable"
                        : "public, no-cache");
        if ("image/svg+xml".equals(logo.mediaType())) {
            response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        }
        String asked = request.getHeader("If-None-Match");
        if (asked != null && (asked.contains(etag) || asked.strip().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] content = logo.content();
        response.setContentType(logo.mediaType());
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
