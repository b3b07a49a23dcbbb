package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.metryka.it.Documents.amend;
import static pl.metryka.it.Documents.published;
import static pl.metryka.it.Documents.unique;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.RdfDataset;
import com.apicatalog.rdf.RdfTriple;
import com.apicatalog.rdf.io.nquad.NQuadsReader;
import com.apicatalog.rdf.io.nquad.NQuadsWriter;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import pl.metryka.application.CsvFormulaGuard;
import pl.metryka.domain.shared.CanonicalJson;
import pl.metryka.domain.shared.Sha256;
import pl.metryka.json.Jcs;
import pl.metryka.json.RegisterEntryMembers;
import pl.metryka.test.ApiClient;

/** Categories, the podmiot, the bulk exports (JSON, CSV) and the DCAT-AP catalogue, as a re-user reads them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenDataIT {

    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    @ArquillianResource
    private URL base;

    @Test
    void theCategoriesComeAsATreeAndOneByOne() {
        JsonArray tree = json("api/v1/categories").asJsonArray();
        JsonObject council = find(tree, "rada-gminy");
        assertNotNull(council, "rada-gminy in the tree: " + tree);
        assertEquals("Rada Gminy", council.getString("name"));
        assertTrue(council.getString("url").endsWith("/kategoria/rada-gminy"));
        assertFalse(council.getJsonArray("children").isEmpty(), "its subcategories are nested");
        JsonObject resolutions = find(council.getJsonArray("children"), "uchwaly-rady");
        assertNotNull(resolutions, council.toString());

        JsonObject one = json("api/v1/categories/uchwaly-rady").asJsonObject();
        assertEquals("uchwaly-rady", one.getString("slug"));
        assertEquals("rada-gminy", one.getJsonObject("parent").getString("slug"));
        assertEquals(
                List.of("rada-gminy", "uchwaly-rady"),
                one.getJsonArray("path").stream()
                        .map(p -> p.asJsonObject().getString("slug"))
                        .toList());
        assertTrue(one.getJsonNumber("documentCount").longValue() >= 1, "uchwala-budzetowa-2025 is filed below it");
        JsonObject documents = json(one.getString("documents").replaceFirst("^.*/api/v1/", "api/v1/"))
                .asJsonObject();
        assertEquals(
                one.getJsonNumber("documentCount").longValue(),
                documents.getJsonNumber("total").longValue());
        assertTrue(
                documents.getJsonArray("items").stream()
                        .anyMatch(d -> d.asJsonObject().getString("slug").equals("uchwala-budzetowa-2025")),
                documents.toString());

        ApiClient.Reply missing = ApiClient.anonymous(base).get("api/v1/categories/nie-ma-takiej");
        assertEquals(404, missing.status());
        assertFalse(missing.json().getJsonArray("errors").isEmpty());
        assertEquals(
                404,
                ApiClient.anonymous(base)
                        .get("api/v1/documents?category=nie-ma-takiej")
                        .status());
    }

    @Test
    void thePodmiotIsDescribed() {
        JsonObject podmiot = json("api/v1/podmiot").asJsonObject();
        assertEquals("Urząd Gminy Klucze", podmiot.getString("name"));
        assertTrue(podmiot.getString("address").contains("Klucze"));
        for (String field : List.of("phone", "email", "website", "nip", "regon", "workingHours", "url")) {
            assertTrue(podmiot.containsKey(field), field);
        }
    }

    @Test
    void twoExportsOfTheBulletinAreByteIdenticalAndHoldEveryRevisionWithAVerifiableHash() {
        ApiClient api = ApiClient.anonymous(base);
        String title = unique("Eksport – ogłoszenie");
        JsonObject doc = published(api, title, "<p>Wersja pierwsza &amp; jedyna?</p>");
        amend(api, doc.getInt("id"), title, "<p>Wersja druga.</p>", "Uzupełnienie");
        api.get("api/v1/documents/" + doc.getInt("id")); // a visit in between must not change the export

        HttpResponse<byte[]> first = Http.get(Http.app(base, "api/v1/export/bulletin.json"));
        HttpResponse<byte[]> second = Http.get(Http.app(base, "api/v1/export/bulletin.json"));
        assertEquals(200, first.statusCode());
        assertTrue(first.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertArrayEquals(first.body(), second.body(), "two exports of the same data are byte-identical");

        JsonObject export =
                Json.createReader(new StringReader(Http.text(first))).readObject();
        assertEquals("metryka-bulletin", export.getString("format"));
        assertEquals("Urząd Gminy Klucze", export.getJsonObject("podmiot").getString("name"));
        assertTrue(export.getJsonArray("categories").stream()
                .anyMatch(c -> c.asJsonObject().getString("slug").equals("rada-gminy")));
        JsonArray documents = export.getJsonArray("documents");
        Set<String> slugs =
                documents.stream().map(d -> d.asJsonObject().getString("slug")).collect(Collectors.toSet());
        assertTrue(
                slugs.containsAll(List.of(
                        "kluczewski-klaster",
                        "uchwala-budzetowa-2025",
                        "godziny-pracy-urzedu",
                        "przetarg-przebudowa-ul-lesnej-bogucin-duzy",
                        doc.getString("slug"))),
                slugs.toString());
        assertEquals(
                ApiClient.anonymous(base)
                        .get("api/v1/documents?size=1")
                        .json()
                        .getJsonNumber("total")
                        .longValue(),
                documents.size(),
                "every public document");

        long previousId = 0;
        int revisions = 0;
        for (JsonValue value : documents) {
            JsonObject d = value.asJsonObject();
            assertTrue(d.getJsonNumber("id").longValue() > previousId, "documents in id order");
            previousId = d.getJsonNumber("id").longValue();
            for (JsonValue r : d.getJsonArray("revisions")) {
                JsonObject rev = r.asJsonObject();
                // a version redacted after publication hashes to its redactedHash (contentHash stays the commitment)
                assertEquals(
                        rev.isNull("redactedHash") ? rev.getString("contentHash") : rev.getString("redactedHash"),
                        contentHash(d, rev),
                        d.getString("slug") + " revision " + r.asJsonObject().getInt("number"));
                revisions++;
            }
        }
        JsonObject mine = documents.stream()
                .map(JsonValue::asJsonObject)
                .filter(d -> d.getString("slug").equals(doc.getString("slug")))
                .findFirst()
                .orElseThrow();
        assertEquals(2, mine.getJsonArray("revisions").size());
        assertEquals(
                "Uzupełnienie", mine.getJsonArray("revisions").getJsonObject(1).getString("reason"));
        assertTrue(revisions > documents.size(), "amended documents bring all their revisions");
        JsonObject register = export.getJsonObject("register");
        assertEquals(
                ApiClient.anonymous(base).get("api/v1/register/head").json().getString("rootHash"),
                register.getString("merkleRootHash"));
    }

    /** The revision's canonical form rebuilt from the export alone, hashed as Metryka does. */
    private static String contentHash(JsonObject document, JsonObject r) {
        JsonValue withheld = r.get("withheld");
        if ("metryka-revision/2"
                .equals(r.getString("format", null))) { // RFC 8785, every member present (docs/register-format.md)
            return Sha256.hex(Jcs.canonicalize(Jcs.object(
                    "format",
                    "metryka-revision/2",
                    "documentId",
                    document.getJsonNumber("id").longValue(),
                    "number",
                    r.getInt("number"),
                    "title",
                    text(r, "title"),
                    "body",
                    text(r, "body"),
                    "issuer",
                    text(r, "issuer"),
                    "author",
                    text(r, "author"),
                    "authorPosition",
                    text(r, "authorPosition"),
                    "createdOn",
                    text(r, "createdOn"),
                    "editor",
                    text(r, "editor"),
                    "publishedAt",
                    text(r, "publishedAt"),
                    "publishedElsewhereAt",
                    r.containsKey("publishedElsewhereAt") ? text(r, "publishedElsewhereAt") : null,
                    "reason",
                    text(r, "reason"),
                    "withheld",
                    withheld.getValueType() == JsonValue.ValueType.NULL
                            ? null
                            : Jcs.object(
                                    "scope",
                                    text(withheld.asJsonObject(), "scope"),
                                    "legalBasis",
                                    text(withheld.asJsonObject(), "legalBasis"),
                                    "decidedBy",
                                    text(withheld.asJsonObject(), "decidedBy"),
                                    "inInterestOf",
                                    withheld.asJsonObject().containsKey("inInterestOf")
                                            ? text(withheld.asJsonObject(), "inInterestOf")
                                            : null),
                    "attachments",
                    r.getJsonArray("attachments").stream()
                            .map(JsonValue::asJsonObject)
                            .map(a -> (Object) Jcs.object(
                                    "fileName",
                                    text(a, "fileName"),
                                    "mediaType",
                                    text(a, "mediaType"),
                                    "size",
                                    a.getJsonNumber("size").longValue(),
                                    "sha256",
                                    text(a, "sha256"),
                                    "description",
                                    text(a, "description")))
                            .toList())));
        }
        CanonicalJson withheldJson = withheld.getValueType() == JsonValue.ValueType.NULL
                ? null
                : CanonicalJson.object()
                        .put("scope", text(withheld.asJsonObject(), "scope"))
                        .put("legalBasis", text(withheld.asJsonObject(), "legalBasis"))
                        .put("decidedBy", text(withheld.asJsonObject(), "decidedBy"))
                        // a key of the export and of the canonical form only when recorded (issue 12)
                        .with(w -> {
                            if (withheld.asJsonObject().containsKey("inInterestOf"))
                                w.put("inInterestOf", text(withheld.asJsonObject(), "inInterestOf"));
                        });
        List<JsonObject> attachments = r.getJsonArray("attachments").stream()
                .map(JsonValue::asJsonObject)
                .toList();
        return Sha256.hex(CanonicalJson.object()
                .put("documentId", document.getJsonNumber("id").longValue())
                .put("number", (long) r.getInt("number"))
                .put("title", text(r, "title"))
                .put("body", text(r, "body"))
                .put("issuer", text(r, "issuer"))
                .put("author", text(r, "author"))
                .put("authorPosition", text(r, "authorPosition"))
                .put("createdOn", text(r, "createdOn"))
                .put("editor", text(r, "editor"))
                .put("publishedAt", text(r, "publishedAt"))
                .with(c -> {
                    if (r.containsKey("publishedElsewhereAt"))
                        c.put("publishedElsewhereAt", text(r, "publishedElsewhereAt"));
                })
                .put("reason", text(r, "reason"))
                .put("withheld", withheldJson)
                .putArray(
                        "attachments",
                        attachments,
                        a -> CanonicalJson.object()
                                .put("fileName", text(a, "fileName"))
                                .put("mediaType", text(a, "mediaType"))
                                .put("size", a.getJsonNumber("size").longValue())
                                .put("sha256", text(a, "sha256"))
                                .put("description", text(a, "description")))
                .toString());
    }

    @Test
    void theRegisterCsvHasAHeaderAndOneRecordPerEntry() throws Exception {
        HttpResponse<byte[]> reply = Http.get(Http.app(base, "api/v1/register.csv"));
        assertEquals(200, reply.statusCode());
        assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String csv = Http.text(reply);
        assertTrue(csv.contains("\r\n"), "RFC 4180 line ends");
        long size = ApiClient.anonymous(base)
                .get("api/v1/register/head")
                .json()
                .getJsonNumber("size")
                .longValue();

        List<CSVRecord> records;
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (CSVParser parser =
                CSVParser.parse(new ByteArrayInputStream(reply.body()), StandardCharsets.UTF_8, format)) {
            // one column per member of an entry, named and ordered as in the register's JSON and dump
            assertEquals(RegisterEntryMembers.ALL, parser.getHeaderNames());
            records = new ArrayList<>(parser.getRecords());
        }
        assertEquals(size, records.size(), "one record per register entry");
        for (int i = 0; i < records.size(); i++) {
            assertEquals(Long.toString(i + 1), records.get(i).get("seq"));
        }
        JsonArray entries = ApiClient.anonymous(base)
                .get("api/v1/register?limit=1000")
                .json()
                .getJsonArray("items");
        for (int i = 0; i < entries.size(); i++) {
            JsonObject e = entries.getJsonObject(i);
            CSVRecord r = records.get(i);
            assertEquals(e.getString("hash"), r.get("hash"));
            // a cell a spreadsheet would run as a formula carries one apostrophe more (docs/open-data.md)
            assertEquals(
                    e.getString("actor", ""),
                    CsvFormulaGuard.unguard(r.get("actor")),
                    "a masked entry has no actor in either");
            assertEquals(e.getString("action"), r.get("action"));
            assertEquals(e.isNull("reason") ? "" : e.getString("reason"), CsvFormulaGuard.unguard(r.get("reason")));
            assertEquals(e.isNull("subject") ? "" : e.getString("subject"), CsvFormulaGuard.unguard(r.get("subject")));
        }
    }

    @Test
    void theDcatCatalogueIsJsonLdDescribingTheDocumentsAndTheRegister() throws Exception {
        HttpResponse<byte[]> reply = Http.get(Http.app(base, "api/v1/dcat"));
        assertEquals(200, reply.statusCode());
        assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));

        RdfDataset rdf = JsonLd.toRdf(JsonDocument.of(new ByteArrayInputStream(reply.body())))
                .get();
        List<RdfTriple> triples = rdf.getDefaultGraph().toList();
        List<String> datasets = subjects(triples, RDF_TYPE, DCAT + "Dataset");
        assertEquals(2, datasets.size(), datasets.toString());
        assertEquals(1, subjects(triples, RDF_TYPE, DCAT + "Catalog").size());
        List<String> titles = objects(triples, DCT + "title");
        assertTrue(titles.contains("Dokumenty BIP") && titles.contains("Rejestr zmian"), titles.toString());
        List<String> downloads = objects(triples, DCAT + "downloadURL");
        for (String file : List.of("/api/v1/export/bulletin.json", "/api/v1/register.csv", "/kanal/atom")) {
            assertTrue(downloads.stream().anyMatch(d -> d.endsWith(file)), file + " in " + downloads);
        }
        assertTrue(objects(triples, DCT + "license").stream().allMatch(l -> l.endsWith("/ponowne-wykorzystywanie")));
        assertFalse(objects(triples, DCT + "modified").isEmpty());
        assertTrue(objects(triples, "http://xmlns.com/foaf/0.1/name").contains("Urząd Gminy Klucze"));
        for (String download : downloads) {
            assertEquals(200, Http.get(URI.create(download)).statusCode(), download);
        }
    }

    @Test
    void theCatalogueIsTheSameGraphInTurtleAndInRdfXml() throws Exception {
        HttpResponse<byte[]> jsonLd = Http.get(Http.app(base, "api/v1/dcat"), "Accept", "application/ld+json");
        HttpResponse<byte[]> turtle = Http.get(Http.app(base, "api/v1/dcat"), "Accept", "text/turtle");
        HttpResponse<byte[]> rdfXml = Http.get(Http.app(base, "api/v1/dcat"), "Accept", "application/rdf+xml");
        assertTrue(
                turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"),
                turtle.headers().toString());
        assertTrue(
                rdfXml.headers().firstValue("Content-Type").orElse("").startsWith("application/rdf+xml"),
                rdfXml.headers().toString());

        List<String> expected = nQuads(JsonLd.toRdf(JsonDocument.of(new ByteArrayInputStream(jsonLd.body())))
                .get());
        List<String> fromTurtle = nQuads(new NQuadsReader(new StringReader(Http.text(turtle))).readDataset());
        assertEquals(expected, fromTurtle, "the Turtle (N-Triples) holds exactly the JSON-LD's triples");

        Document xml = DocumentBuilderFactory.newNSInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(rdfXml.body()));
        String rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
        assertEquals("RDF", xml.getDocumentElement().getLocalName());
        NodeList descriptions = xml.getElementsByTagNameNS(rdf, "Description");
        int properties = 0;
        int datasets = 0;
        for (int i = 0; i < descriptions.getLength(); i++) {
            for (Node p = descriptions.item(i).getFirstChild(); p != null; p = p.getNextSibling()) {
                if (p instanceof Element e) {
                    properties++;
                    if ("type".equals(e.getLocalName())
                            && (DCAT + "Dataset").equals(e.getAttributeNS(rdf, "resource"))) {
                        datasets++;
                    }
                }
            }
        }
        assertEquals(expected.size(), properties, "one property element per triple");
        assertEquals(2, datasets);
    }

    /** The dataset as sorted N-Quads lines, blank node labels made equal (they are arbitrary). */
    private static List<String> nQuads(RdfDataset dataset) throws Exception {
        StringWriter out = new StringWriter();
        new NQuadsWriter(out).write(dataset);
        return out.toString()
                .lines()
                .map(l -> l.replaceAll("_:[A-Za-z0-9]+", "_:b"))
                .sorted()
                .toList();
    }

    @Test
    void theReUsePageLinksToTheDocumentationTheCatalogueAndTheExports() {
        String page = Http.text(Http.get(Http.app(base, "ponowne-wykorzystywanie")));
        String context = base.getPath().replaceAll("/$", "");
        for (String href :
                List.of("/api/dokumentacja", "/api/v1/dcat", "/api/v1/export/bulletin.json", "/api/v1/register.csv")) {
            assertTrue(page.contains("href=\"" + context + href + "\""), href);
        }
        String sitemap = Http.text(Http.get(Http.app(base, "sitemap.xml")));
        assertTrue(sitemap.contains("/api/dokumentacja</loc>"), "the documentation is in the sitemap");
    }

    private static List<String> subjects(List<RdfTriple> triples, String predicate, String object) {
        return triples.stream()
                .filter(t -> t.getPredicate().getValue().equals(predicate)
                        && t.getObject().getValue().equals(object))
                .map(t -> t.getSubject().getValue())
                .distinct()
                .toList();
    }

    private static List<String> objects(List<RdfTriple> triples, String predicate) {
        return triples.stream()
                .filter(t -> t.getPredicate().getValue().equals(predicate))
                .map(t -> t.getObject().getValue())
                .toList();
    }

    private JsonStructure json(String path) {
        ApiClient.Reply reply = ApiClient.anonymous(base).get(path);
        assertEquals(200, reply.status(), path + ": " + reply);
        return reply.structure();
    }

    private static JsonObject find(JsonArray nodes, String slug) {
        for (JsonValue node : nodes) {
            if (node.asJsonObject().getString("slug").equals(slug)) {
                return node.asJsonObject();
            }
        }
        return null;
    }

    private static String text(JsonObject object, String field) {
        return object.isNull(field) ? null : object.getString(field);
    }
}
