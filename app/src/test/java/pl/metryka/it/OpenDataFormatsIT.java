package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.ApiClient;

/** Empty feeds that do not change by the second, one time format everywhere, and the spreadsheet CSV. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenDataFormatsIT {

    /** RFC 3339, UTC, exactly six fractional digits: the form the register hashes. */
    private static final Pattern ONE_FORMAT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z");

    private static final Pattern ANY_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})");

    @ArquillianResource
    private URL base;

    @Test
    void anEmptyFeedCarriesTheBulletinsLastChangeAndKeepsItsETag() throws Exception {
        String empty = emptyCategory();
        HttpResponse<byte[]> first = Http.get(Http.app(base, "kanal/kategoria/" + empty));
        assertEquals(200, first.statusCode());
        assertFalse(Http.text(first).contains("<entry"), "the category has no documents: " + Http.text(first));
        Thread.sleep(1100);
        HttpResponse<byte[]> second = Http.get(Http.app(base, "kanal/kategoria/" + empty));
        assertEquals(
                first.headers().firstValue("ETag"),
                second.headers().firstValue("ETag"),
                "same feed, same ETag a second later");
        assertEquals(
                304,
                Http.get(
                                Http.app(base, "kanal/kategoria/" + empty),
                                "If-None-Match",
                                first.headers().firstValue("ETag").orElseThrow())
                        .statusCode());
        String updated = child(Http.text(first), "updated");
        String newest = child(Http.text(Http.get(Http.app(base, "kanal/atom"))), "updated");
        assertEquals(newest, updated, "the empty feed is as new as the bulletin's last public change");
    }

    @Test
    void everyOutputWritesTimesTheSameWay() {
        List<String> odd = new ArrayList<>();
        JsonObject doc = ApiClient.anonymous(base).firstDocument();
        for (String path : List.of(
                "api/v1/register.csv",
                "api/v1/register-excel.csv",
                "api/v1/register?size=20",
                "api/v1/documents?size=5",
                "api/v1/documents/" + doc.getInt("id") + "/revisions",
                "api/v1/documents/" + doc.getInt("id") + "/revisions/1",
                "api/v1/register/head",
                "api/v1/export/bulletin.json",
                "api/v1/dcat",
                "kanal/atom",
                "sitemap.xml",
                "dokument/" + doc.getString("slug"))) {
            HttpResponse<byte[]> reply = Http.get(Http.app(base, path));
            assertEquals(200, reply.statusCode(), path);
            String text = Http.text(reply);
            if (path.startsWith("dokument/")) {
                // a page's own <time datetime> follows HTML (at most three fractional digits); its JSON-LD is data
                text = text.substring(
                        text.indexOf("application/ld+json"),
                        text.indexOf("</script>", text.indexOf("application/ld+json")));
            }
            Matcher times = ANY_TIME.matcher(text);
            int seen = 0;
            while (times.find()) {
                seen++;
                if (!ONE_FORMAT.matcher(times.group()).matches()) {
                    odd.add(path + ": " + times.group());
                }
            }
            assertTrue(seen > 0, "times in " + path);
        }
        assertEquals(List.of(), odd.stream().distinct().limit(40).toList(), odd.size() + " times written another way");
    }

    @Test
    void theRegisterComesAlsoAsASpreadsheetFriendlyCsvLinkedBesideThePlainOne() throws Exception {
        HttpResponse<byte[]> plain = Http.get(Http.app(base, "api/v1/register.csv"));
        HttpResponse<byte[]> excel = Http.get(Http.app(base, "api/v1/register-excel.csv"));
        assertEquals(200, excel.statusCode());
        assertTrue(excel.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        byte[] bom = Arrays.copyOf(excel.body(), 3);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bom, "UTF-8 with a byte order mark");
        String text = new String(excel.body(), 3, excel.body().length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.EXCEL
                .builder()
                .setDelimiter(';')
                .get()
                .parse(new StringReader(text))
                .getRecords();
        List<CSVRecord> plainRows =
                CSVFormat.RFC4180.parse(new StringReader(Http.text(plain))).getRecords();
        assertEquals(plainRows.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(plainRows.get(i).toList(), rows.get(i).toList(), "row " + i);
        }
        assertTrue(text.startsWith("seq;at;actor;"), text.substring(0, 40));
        for (String page : List.of("ponowne-wykorzystywanie", "api/dokumentacja")) {
            String html = Http.text(Http.get(Http.app(base, page)));
            assertTrue(html.contains("/api/v1/register.csv\"") && html.contains("/api/v1/register-excel.csv\""), page);
        }
        assertTrue(Http.text(Http.get(Http.app(base, "api/v1/dcat"), "Accept", "text/turtle"))
                .contains("/api/v1/register-excel.csv>"));
    }

    private String emptyCategory() {
        JsonArray tree =
                ApiClient.anonymous(base).get("api/v1/categories").structure().asJsonArray();
        String found = empty(tree);
        assertNotNull(found, "a category with no documents: " + tree);
        return found;
    }

    private String empty(JsonArray categories) {
        for (JsonValue v : categories) {
            JsonObject c = v.asJsonObject();
            String slug = c.getString("slug");
            JsonObject detail = ApiClient.anonymous(base)
                    .get("api/v1/categories/" + slug)
                    .json()
                    .asJsonObject();
            if (detail.getJsonNumber("documentCount").longValue() == 0
                    && c.getJsonArray("children").isEmpty()) {
                return slug;
            }
            String below = empty(c.getJsonArray("children"));
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    private static String child(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">([^<]*)</" + name + ">").matcher(xml);
        assertTrue(m.find(), name + " in " + xml);
        return m.group(1);
    }
}
