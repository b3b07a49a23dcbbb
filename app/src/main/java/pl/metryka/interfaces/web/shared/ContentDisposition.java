package pl.metryka.interfaces.web.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** RFC 6266 Content-Disposition headers that keep Polish file names intact in every browser. */
public final class ContentDisposition {

    private ContentDisposition() {}

    public static String attachment(String fileName) {
        return header("attachment", fileName);
    }

    public static String inline(String fileName) {
        return header("inline", fileName);
    }

    private static String header(String type, String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
