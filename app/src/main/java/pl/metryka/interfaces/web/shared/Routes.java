package pl.metryka.interfaces.web.shared;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The public, bookmarkable addresses of the citizen pages, in one place. */
public final class Routes {

    private Routes() {}

    public static String document(String slug) {
        return "/dokument/" + slug;
    }

    public static String version(String slug, int number) {
        return document(slug) + "/wersja/" + number;
    }

    public static String compare(String slug, int from, int to) {
        return document(slug) + "/porownaj?od=" + from + "&do=" + to;
    }

    public static String print(String slug) {
        return document(slug) + "/drukuj";
    }

    public static String pdf(String slug) {
        return document(slug) + "/pdf";
    }

    public static String verification(String slug) {
        return document(slug) + "/weryfikacja";
    }

    public static String versionPdf(String slug, int number) {
        return version(slug, number) + "/pdf";
    }

    public static String attachment(String slug, int number, int position, String fileName) {
        return version(slug, number) + "/zalacznik/" + position + "/"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The gallery's small picture of an image attachment (made on the server, see {@code Thumbnails}). */
    public static String thumbnail(String slug, int number, int position) {
        return version(slug, number) + "/miniatura/" + position;
    }

    /** The path the reader asked for (also after an internal forward), without the context path. */
    public static String currentPath(HttpServletRequest request) {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwarded != null ? forwarded.toString() : request.getRequestURI();
        return uri.substring(request.getContextPath().length());
    }
}
