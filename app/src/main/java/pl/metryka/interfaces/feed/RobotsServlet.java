package pl.metryka.interfaces.feed;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import pl.metryka.application.PublicAddress;

/**
 * {@code /robots.txt}: everything may be indexed except the print views and comparisons (the
 * same text as the document page) and the internal view paths; points to the sitemap.
 */
@WebServlet("/robots.txt")
public class RobotsServlet extends HttpServlet {

    @Inject
    private PublicAddress address;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String context = request.getContextPath();
        String robots = "User-agent: *\n"
                + "Allow: " + context + "/\n"
                + "Disallow: " + context + "/dokument/*/drukuj\n"
                + "Disallow: " + context + "/dokument/*/porownaj\n"
                + "Disallow: " + context + "/citizen/\n"
                + "\n"
                + "Sitemap: " + address.of("/sitemap.xml") + "\n";
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.getWriter().write(robots);
    }
}
