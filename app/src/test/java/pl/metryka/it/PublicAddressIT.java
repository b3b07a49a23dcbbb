package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.ApiClient;

/**
 * Every absolute address comes from the configured base URL (METRYKA_BASE_URL; the suite sets it in
 * arquillian.xml), never from what a client writes in Host or X-Forwarded-Host. The requests go
 * over a plain socket because the JDK's HTTP client will not let a caller set Host.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicAddressIT {

    private static final String EVIL = "evil.example";

    @ArquillianResource
    private URL base;

    @Test
    void aForeignHostAppearsNowhere() throws IOException {
        JsonObject doc = ApiClient.anonymous(base).firstDocument();
        String slug = doc.getString("slug");
        long id = doc.getJsonNumber("id").longValue();
        List<String> paths = new ArrayList<>(List.of(
                "",
                "dokument/" + slug,
                "dokument/" + slug + "/wersja/1",
                "dokument/" + slug + "/drukuj",
                "dokument/" + slug + "/weryfikacja",
                "kategoria/rada-gminy",
                "rejestr-zmian",
                "wycofane",
                "szukaj?q=uchwala",
                "deklaracja-dostepnosci",
                "mapa-strony",
                "redakcja",
                "ponowne-wykorzystywanie",
                "kanal/atom",
                "kanal/kategoria/rada-gminy",
                "kanal/dokument/" + slug,
                "sitemap.xml",
                "robots.txt",
                "panel/",
                "panel/edytor.xhtml",
                "logowanie",
                "nie-ma-takiej-strony",
                "api/v1/documents",
                "api/v1/documents?size=2&page=1",
                "api/v1/documents/" + id,
                "api/v1/documents/" + id + "/revisions",
                "api/v1/documents/" + id + "/revisions/1",
                "api/v1/documents/" + id + "/bundle",
                "api/v1/categories",
                "api/v1/categories/uchwaly-rady",
                "api/v1/podmiot",
                "api/v1/dcat",
                "api/v1/export/bulletin.json",
                "api/v1/register.csv",
                "api/v1/register",
                "api/v1/documents/abc",
                "api/dokumentacja"));
        List<String> leaks = new ArrayList<>();
        for (String path : paths) {
            for (String accept : List.of("*/*", "text/turtle", "application/rdf+xml")) {
                if (!accept.equals("*/*") && !path.equals("api/v1/dcat")) {
                    continue;
                }
                String answer = raw(path, EVIL, "Accept", accept, "X-Forwarded-Host", EVIL);
                if (answer.contains(EVIL)) {
                    leaks.add(path + " (" + accept + "): " + around(answer, EVIL));
                }
            }
        }
        assertEquals(List.of(), leaks, leaks.size() + " of " + paths.size() + " answers name the client's host");
    }

    @Test
    void localhostAnd127GiveTheSameFeedIds() throws IOException {
        String authority = ":" + base.getPort();
        List<String> viaName = ids(body(raw("kanal/atom", "localhost" + authority)));
        List<String> viaAddress = ids(body(raw("kanal/atom", "127.0.0.1" + authority)));
        assertFalse(viaName.isEmpty(), "the site feed has ids");
        assertEquals(viaName, viaAddress, "the feed's and entries' ids do not depend on the Host header");
        assertTrue(viaName.stream().noneMatch(i -> i.contains("127.0.0.1")), viaName.toString());
    }

    private static List<String> ids(String atom) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<id>([^<]*)</id>").matcher(atom);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static String body(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        return end < 0 ? answer : answer.substring(end + 4);
    }

    private static String around(String text, String needle) {
        int at = text.indexOf(needle);
        return text.substring(Math.max(0, at - 80), Math.min(text.length(), at + needle.length() + 40))
                .replaceAll("\\s+", " ");
    }

    /** The whole answer, status line and headers included; HTTP/1.0, so nothing comes chunked. */
    private String raw(String path, String host, String... headers) throws IOException {
        StringBuilder request = new StringBuilder("GET ")
                .append(base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/")
                .append(path)
                .append(" HTTP/1.0\r\nHost: ")
                .append(host)
                .append("\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
