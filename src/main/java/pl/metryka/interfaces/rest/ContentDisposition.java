package pl.metryka.interfaces.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** RFC 6266 headers that keep Polish file names intact in every browser. */
final class ContentDisposition {

    private ContentDisposition() {
    }

    static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
