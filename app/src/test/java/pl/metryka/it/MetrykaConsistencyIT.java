package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.metryka.domain.shared.Moment.POLAND;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.ApiClient;

/**
 * Issue 12, "one metryka": for every demo document and every published version, the document page,
 * the version page, the PDF, the JSON API, the JSON-LD, bulletin.json and the Atom entry agree on
 * every metryka field (compliance-docs/metryka.md), and no data wytworzenia is later than the day
 * its version was published. The revision's API JSON is the reference; every disagreement is
 * collected (representation, document, version, field) so one run shows them all.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetrykaConsistencyIT {

    private static final Pattern ROW =
            Pattern.compile("data-field=\"([A-Za-z.]+)\"[^>]*>\\s*<dt>(.*?)</dt>\\s*<dd>(.*?)</dd>", Pattern.DOTALL);
    private static final Pattern DATETIME = Pattern.compile("<time datetime=\"([^\"]+)\"");
    private static final Pattern LD =
            Pattern.compile("<script type=\"application/ld\\+json\"[^>]*>(.*?)</script>", Pattern.DOTALL);
    private static final Pattern ENTRY = Pattern.compile("<entry>(.*?)</entry>", Pattern.DOTALL);

    @ArquillianResource
    private URL base;

    /** One disagreement; the test fails listing them all. */
    private record Mismatch(
            String representation, String slug, int version, String field, String expected, String actual) {
        @Override
        public String toString() {
            return representation + " " + slug + " v" + version + " " + field + ": expected <" + expected
                    + "> but was <" + actual + ">";
        }
    }

    @Test
    void everyRepresentationOfEveryDemoVersionShowsTheSameMetryka() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        JsonObject bulletin = api.get("api/v1/export/bulletin.json").json();
        Map<String, JsonObject> exported = new LinkedHashMap<>();
        bulletin.getJsonArray("documents")
                .forEach(d -> exported.put(d.asJsonObject().getString("slug"), d.asJsonObject()));
        List<Mismatch> mismatches = new ArrayList<>();
        int versions = 0;
        List<String> slugs = demoSlugs();
        assertEquals(12, slugs.size(), "the demo bulletin's documents");
        for (String slug : slugs) {
            JsonObject exportedDocument = exported.get(slug);
            assertTrue(exportedDocument != null, slug + " is in bulletin.json");
            long id = exportedDocument.getJsonNumber("id").longValue();
            int current = exportedDocument.getInt("currentRevision");
            Instant firstPublished = Instant.parse(exportedDocument.getString("firstPublishedAt"));
            String feed = Http.text(Http.get(Http.app(base, "kanal/dokument/" + slug)));
            for (JsonValue exportedRevision : exportedDocument.getJsonArray("revisions")) {
                int n = exportedRevision.asJsonObject().getInt("number");
                versions++;
                JsonObject reference =
                        api.get("api/v1/documents/" + id + "/revisions/" + n).json();
                Expected e = new Expected(reference, firstPublished);

                if (e.createdOn.isAfter(e.publishedAt.atZone(POLAND).toLocalDate())) {
                    mismatches.add(new Mismatch(
                            "rule",
                            slug,
                            n,
                            "createdOn <= day of publishedAt",
                            e.publishedAt.toString(),
                            e.createdOn.toString()));
                }
                compareExport(mismatches, slug, n, e, exportedRevision.asJsonObject(), exportedDocument);

                String versionPath = "dokument/" + slug + "/wersja/" + n;
                String versionHtml = Http.text(Http.get(Http.app(base, versionPath)));
                Map<String, String[]> versionRows = rows(versionHtml);
                comparePage(mismatches, "version page", slug, n, e, versionRows);
                compareJsonLd(mismatches, "version JSON-LD", slug, n, e, jsonLd(versionHtml));
                comparePdf(mismatches, "version PDF", slug, n, versionRows, pdfText(versionPath + "/pdf"));
                compareAtom(mismatches, slug, n, e, feed);

                if (n == current) {
                    String pageHtml = Http.text(Http.get(Http.app(base, "dokument/" + slug)));
                    Map<String, String[]> pageRows = rows(pageHtml);
                    comparePage(mismatches, "document page", slug, n, e, pageRows);
                    compareJsonLd(mismatches, "document JSON-LD", slug, n, e, jsonLd(pageHtml));
                    comparePdf(mismatches, "document PDF", slug, n, pageRows, pdfText("dokument/" + slug + "/pdf"));
                    comparePage(
                            mismatches,
                            "print view",
                            slug,
                            n,
                            e,
                            rows(Http.text(Http.get(Http.app(base, "dokument/" + slug + "/drukuj")))));
                    compareMetadata(
                            mismatches,
                            slug,
                            n,
                            e,
                            api.get("api/v1/documents/" + id).json().getJsonObject("metadata"));
                }
            }
        }
        assertTrue(versions >= 25, "every published version of the demo documents: " + versions);
        assertEquals(List.of(), mismatches, summary(mismatches));
    }

    /** What every representation must say about one version: its API JSON plus the document's first publication. */
    private static final class Expected {
        final String issuer;
        final String author;
        final String authorPosition;
        final LocalDate createdOn;
        final String editor;
        final Instant publishedAt;
        final Instant firstPublishedAt;

        Expected(JsonObject revision, Instant firstPublishedAt) {
            issuer = revision.getString("issuer");
            author = revision.getString("author");
            authorPosition = revision.getString("authorPosition");
            createdOn = LocalDate.parse(revision.getString("createdOn"));
            editor = revision.getString("editor");
            publishedAt = Instant.parse(revision.getString("publishedAt"));
            this.firstPublishedAt = firstPublishedAt;
        }
    }

    private static void check(
            List<Mismatch> out,
            String representation,
            String slug,
            int n,
            String field,
            Object expected,
            Object actual) {
        if (!String.valueOf(expected).equals(String.valueOf(actual))) {
            out.add(new Mismatch(representation, slug, n, field, String.valueOf(expected), String.valueOf(actual)));
        }
    }

    /** The fields of the metryka that the export and the API's metadata both give, under the same names. */
    private static void compareMetryka(
            List<Mismatch> out, String where, String slug, int n, Expected e, JsonObject json) {
        check(out, where, slug, n, "issuer", e.issuer, json.getString("issuer"));
        check(out, where, slug, n, "author", e.author, json.getString("author"));
        check(out, where, slug, n, "authorPosition", e.authorPosition, json.getString("authorPosition"));
        check(out, where, slug, n, "createdOn", e.createdOn, json.getString("createdOn"));
        check(out, where, slug, n, "editor", e.editor, json.getString("editor"));
    }

    private static void compareExport(
            List<Mismatch> out, String slug, int n, Expected e, JsonObject r, JsonObject document) {
        String where = "bulletin.json";
        compareMetryka(out, where, slug, n, e, r);
        check(out, where, slug, n, "publishedAt", e.publishedAt, Instant.parse(r.getString("publishedAt")));
        check(
                out,
                where,
                slug,
                n,
                "firstPublishedAt",
                e.firstPublishedAt,
                Instant.parse(document.getString("firstPublishedAt")));
    }

    private static void compareMetadata(List<Mismatch> out, String slug, int n, Expected e, JsonObject m) {
        String where = "API documents/{id} metadata";
        compareMetryka(out, where, slug, n, e, m);
        check(
                out,
                where,
                slug,
                n,
                "publishedAt (document's first)",
                e.firstPublishedAt,
                Instant.parse(m.getString("publishedAt")));
        check(
                out,
                where,
                slug,
                n,
                "modifiedAt (this version's)",
                e.publishedAt,
                Instant.parse(m.getString("modifiedAt")));
        check(out, where, slug, n, "modifiedBy", e.editor, m.getString("modifiedBy"));
    }

    private static void comparePage(
            List<Mismatch> out, String where, String slug, int n, Expected e, Map<String, String[]> rows) {
        check(out, where, slug, n, "issuer", e.issuer, text(rows, "issuer"));
        check(out, where, slug, n, "author", e.author + ", " + e.authorPosition, text(rows, "author"));
        check(out, where, slug, n, "createdOn", e.createdOn, datetime(rows, "createdOn"));
        check(out, where, slug, n, "editor", e.editor, text(rows, "editor"));
        check(
                out,
                where,
                slug,
                n,
                "publishedAt (this version's)",
                e.publishedAt,
                instant(datetime(rows, "publishedAt")));
        check(out, where, slug, n, "firstPublishedAt", e.firstPublishedAt, instant(datetime(rows, "firstPublishedAt")));
        check(out, where, slug, n, "version", n, text(rows, "version"));
        // the two dates must never carry the same label
        String[] version = rows.get("publishedAt");
        String[] first = rows.get("firstPublishedAt");
        if (version != null && first != null && version[0].equals(first[0])) {
            out.add(new Mismatch(where, slug, n, "labels", "two labels", version[0]));
        }
    }

    private static void compareJsonLd(List<Mismatch> out, String where, String slug, int n, Expected e, JsonObject ld) {
        check(
                out,
                where,
                slug,
                n,
                "publisher.name",
                e.issuer,
                ld.getJsonObject("publisher").getString("name"));
        check(
                out,
                where,
                slug,
                n,
                "creator.name",
                e.author,
                ld.getJsonObject("creator").getString("name"));
        check(
                out,
                where,
                slug,
                n,
                "creator.jobTitle",
                e.authorPosition,
                ld.getJsonObject("creator").getString("jobTitle"));
        check(out, where, slug, n, "dateCreated", e.createdOn, ld.getString("dateCreated"));
        check(
                out,
                where,
                slug,
                n,
                "editor.name",
                e.editor,
                ld.getJsonObject("editor").getString("name"));
        check(
                out,
                where,
                slug,
                n,
                "dateModified (this version's)",
                e.publishedAt,
                instant(ld.getString("dateModified")));
        check(
                out,
                where,
                slug,
                n,
                "datePublished (document's first)",
                e.firstPublishedAt,
                instant(ld.getString("datePublished")));
        check(out, where, slug, n, "version", n, ld.getString("version"));
    }

    /** The PDF shows the same rows as the page it prints: every label and value, as text. */
    private static void comparePdf(
            List<Mismatch> out, String where, String slug, int n, Map<String, String[]> pageRows, String pdf) {
        String flat = pdf.replaceAll("\\s+", "");
        for (Map.Entry<String, String[]> row : pageRows.entrySet()) {
            if (row.getKey().equals("visits") || row.getKey().startsWith("withheld")) {
                continue; // a live counter; the withholding block is compared where it is shown
            }
            String label = row.getValue()[0].replaceAll(":$", "").replaceAll("\\s+", "");
            String value = row.getValue()[1].replaceAll("\\s+", "");
            if (!flat.contains(label) || !flat.contains(value)) {
                out.add(new Mismatch(
                        where,
                        slug,
                        n,
                        row.getKey(),
                        row.getValue()[0] + " " + row.getValue()[1],
                        "not in the PDF text"));
            }
        }
    }

    /** The Atom entry that made version n public names its osoba wprowadzająca and its publication moment. */
    private static void compareAtom(List<Mismatch> out, String slug, int n, Expected e, String feed) {
        Matcher m = ENTRY.matcher(feed);
        while (m.find()) {
            String entry = m.group(1);
            if (!entry.contains("/wersja/" + n + "\"")
                    || !Pattern.compile("<id>[^<]*/revision/" + n + "/(published|amended|imported)</id>")
                            .matcher(entry)
                            .find()) {
                continue;
            }
            check(out, "Atom entry", slug, n, "author.name", e.editor, between(entry, "<name>", "</name>"));
            String published = between(entry, "<published>", "</published>");
            check(
                    out,
                    "Atom entry",
                    slug,
                    n,
                    "published",
                    e.publishedAt,
                    published == null ? null : instant(published));
            return;
        }
        out.add(new Mismatch("Atom entry", slug, n, "entry", "an entry for version " + n, "none"));
    }

    private static String summary(List<Mismatch> mismatches) {
        Map<String, TreeSet<String>> documentsByRepresentationField = new TreeMap<>();
        for (Mismatch m : mismatches) {
            documentsByRepresentationField
                    .computeIfAbsent(m.representation() + " / " + m.field(), k -> new TreeSet<>())
                    .add(m.slug());
        }
        StringBuilder text = new StringBuilder(
                mismatches.size() + " disagreement(s); documents affected per representation and field:\n");
        documentsByRepresentationField.forEach((k, v) -> text.append("  ")
                .append(k)
                .append(": ")
                .append(v.size())
                .append(" of 12 ")
                .append(v)
                .append('\n'));
        mismatches.forEach(m -> text.append("  ").append(m).append('\n'));
        return text.toString();
    }

    // --- reading the representations ---

    private static List<String> demoSlugs() throws Exception {
        try (InputStream in = MetrykaConsistencyIT.class.getResourceAsStream("/demo/bip-demo.json")) {
            JsonObject demo = Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)))
                    .readObject();
            return demo.getJsonArray("documents").stream()
                    .map(d -> d.asJsonObject().getString("slug"))
                    .toList();
        }
    }

    /** data-field → {label, value text, datetime attribute or null}, from the Metryka block. */
    static Map<String, String[]> rows(String html) {
        Map<String, String[]> rows = new LinkedHashMap<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            Matcher time = DATETIME.matcher(m.group(3));
            rows.put(m.group(1), new String[] {plain(m.group(2)), plain(m.group(3)), time.find() ? time.group(1) : null
            });
        }
        return rows;
    }

    private static String text(Map<String, String[]> rows, String field) {
        String[] row = rows.get(field);
        return row == null ? null : row[1];
    }

    private static String datetime(Map<String, String[]> rows, String field) {
        String[] row = rows.get(field);
        return row == null ? null : row[2];
    }

    private static Instant instant(String iso) {
        if (iso == null || iso.isEmpty()) {
            return null;
        }
        return OffsetDateTime.parse(iso).toInstant();
    }

    private static String plain(String html) {
        return html.replaceAll("<[^>]+>", "")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
                .replace('\u00a0', ' ')
                .replaceAll("\\s+", " ")
                .trim();
    }

    private static String between(String text, String open, String close) {
        int from = text.indexOf(open);
        if (from < 0) {
            return null;
        }
        int to = text.indexOf(close, from);
        return plain(text.substring(from + open.length(), to));
    }

    private static JsonObject jsonLd(String html) {
        Matcher m = LD.matcher(html);
        assertTrue(m.find(), "JSON-LD block");
        return Json.createReader(new StringReader(m.group(1))).readObject();
    }

    private String pdfText(String path) throws Exception {
        HttpResponse<byte[]> pdf = Http.get(Http.app(base, path));
        assertEquals(200, pdf.statusCode(), path);
        PdfReader reader = new PdfReader(pdf.body());
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
