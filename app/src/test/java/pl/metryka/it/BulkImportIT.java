package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import pl.metryka.domain.model.register.MerkleHash;
import pl.metryka.domain.model.register.MerkleProof;
import pl.metryka.domain.shared.Moment;
import pl.metryka.importer.BulkImport;
import pl.metryka.json.Jcs;
import pl.metryka.test.ApiClient;
import pl.metryka.test.ApiClient.Reply;
import pl.metryka.test.DirectSql;

/**
 * The bulk import command, run in-process (its {@code run}, what {@code main} calls) against the
 * test server with the sample folder of deploy/import-sample: 20 documents, one with a bad date.
 * The steps build on each other, so they run in order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BulkImportIT {

    private static final Path SAMPLE = Path.of("deploy/import-sample");
    private static final String IMPORTED = "SELECT COUNT(*) FROM document WHERE import_source LIKE 'BIP-UG-%'";
    /** The sample's own entries: other ITs sharing the suite's database import documents too. */
    private static final String IMPORT_ENTRIES =
            "SELECT COUNT(*) FROM register_entry e JOIN document d ON d.id = e.document_id"
                    + " WHERE e.action = 'IMPORTED' AND d.import_source LIKE 'BIP-UG-%'";

    @TempDir
    static Path work;

    @ArquillianResource
    private URL base;

    /** Exit code and console of one run of the command. */
    private record Run(int exitCode, String console) {}

    private Run importFolder(Path folder, Path report, String user, String password) throws IOException {
        Path passwordFile = work.resolve("haslo-" + user);
        Files.writeString(passwordFile, password + "\n");
        return bulkImport(
                folder, "--user", user, "--password-file", passwordFile.toString(), "--report", report.toString());
    }

    /** The import command, in-process, on {@code folder} against the test server, with further options. */
    private Run bulkImport(Path folder, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of(folder.toString(), "--url", base.toString()));
        args.addAll(List.of(options));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        int code = BulkImport.run(
                args.toArray(String[]::new), new PrintStream(console, true, StandardCharsets.UTF_8), Map.of(), false);
        return new Run(code, console.toString(StandardCharsets.UTF_8));
    }

    /** A public page as a browser asks for it. */
    private String page(String path) {
        try {
            return ApiClient.http()
                    .send(
                            HttpRequest.newBuilder(ApiClient.anonymous(base).uri(path))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long documentId(String sourceId) {
        return DirectSql.count("SELECT id FROM document WHERE import_source = ?", sourceId);
    }

    @Test
    @Order(1)
    void theSampleImportsNineteenAndReportsTheBadRowByLineAndColumn() throws IOException {
        Path report = work.resolve("import-report.csv");
        Run run = importFolder(SAMPLE, report, "admin", "admin");

        assertEquals(BulkImport.SOME_REFUSED, run.exitCode(), run.console());
        assertTrue(run.console().contains("Zaimportowano: 19,"), run.console());
        assertTrue(run.console().contains("odrzucono: 1."), run.console());
        assertTrue(
                run.console()
                        .contains("ODRZUCONO BIP-UG-1014 (wiersze 21): wiersz 21, kolumna data_publikacji: "
                                + "Niepoprawna data i godzina (oczekiwany format RRRR-MM-DD GG:MM): 2024-02-30 10:00"),
                run.console());
        assertTrue(run.console().contains("Postęp: 20/20 (100%)"), run.console());
        assertTrue(
                run.console()
                        .matches(
                                "(?s).*Postęp: 1/20 \\(5%\\), \\d+,\\d dok\\./s, pozostało ok\\. \\d\\d:\\d\\d:\\d\\d.*"),
                "progress shows the rate and the time left: " + run.console());

        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        assertEquals(21, lines.size(), "a header and one line per document");
        assertEquals(
                19,
                lines.stream()
                        .filter(l -> l.startsWith("ZAIMPORTOWANO;BIP-UG-"))
                        .count());
        String refused = lines.stream()
                .filter(l -> l.startsWith("ODRZUCONO;"))
                .findFirst()
                .orElseThrow();
        assertTrue(refused.startsWith("ODRZUCONO;BIP-UG-1014;21;Informacja o stanie mienia"), refused);
        assertTrue(refused.contains("kolumna data_publikacji"), refused);

        assertEquals(19, DirectSql.count(IMPORTED));
        assertEquals(
                0,
                DirectSql.count("SELECT COUNT(*) FROM document WHERE import_source = 'BIP-UG-1014'"),
                "the refused document left nothing behind");
        assertEquals(
                28,
                DirectSql.count(IMPORT_ENTRIES),
                "one register entry per imported revision (27 of the 28 lines are good) and one for the withdrawal");
    }

    @Test
    @Order(2)
    void aDocumentWithThreeRevisionsHasAllThreeWithTheirOriginalDatesAndEditors() {
        ApiClient api = ApiClient.anonymous(base);
        long id = documentId("BIP-UG-1018");
        JsonArray revisions =
                api.get("api/v1/documents/" + id + "/revisions").structure().asJsonArray();
        assertEquals(3, revisions.size());
        // the source BIP's dates are kept as such; publishedAt is when this bulletin published them (the import)
        // (in the one time format of every output: UTC, six fractional digits, as hashed)
        assertEquals(
                "2023-12-18T08:00:00.000000Z",
                revisions.getJsonObject(0).getString("publishedElsewhereAt"),
                "09:00 in Poland, winter");
        assertEquals("2024-01-05T09:30:00.000000Z", revisions.getJsonObject(1).getString("publishedElsewhereAt"));
        assertEquals(
                "2024-04-02T06:30:00.000000Z",
                revisions.getJsonObject(2).getString("publishedElsewhereAt"),
                "08:30 in Poland, summer");
        Instant imported = Instant.parse(revisions.getJsonObject(0).getString("publishedAt"));
        assertTrue(
                imported.isAfter(Instant.parse("2026-01-01T00:00:00Z")), "published here at the import: " + imported);
        assertEquals(imported, Instant.parse(revisions.getJsonObject(2).getString("publishedAt")), "all in one import");
        assertEquals("Piotr Zając", revisions.getJsonObject(0).getString("editor"));
        assertEquals("Piotr Zając", revisions.getJsonObject(1).getString("editor"));
        assertEquals("Katarzyna Mazur", revisions.getJsonObject(2).getString("editor"));
        assertEquals(
                "Dodano terminy zbiórki odpadów wielkogabarytowych",
                revisions.getJsonObject(2).getString("reason"));

        JsonObject first = api.get("api/v1/documents/" + id + "/revisions/1").json();
        assertEquals("Tomasz Sowa", first.getString("author"));
        assertEquals("inspektor ds. ochrony środowiska", first.getString("authorPosition"));
        assertEquals("2023-12-15", first.getString("createdOn"));
        JsonObject document = api.get("api/v1/documents/" + id).json();
        assertEquals(imported, Instant.parse(document.getJsonObject("metadata").getString("publishedAt")));
        assertEquals(imported, Instant.parse(document.getJsonObject("metadata").getString("modifiedAt")));
        assertEquals(
                "2024-04-02T06:30:00.000000Z",
                document.getJsonObject("metadata").getString("publishedElsewhereAt"));
        assertEquals(3, document.getInt("currentRevision"));

        String page = page("dokument/" + document.getString("slug"));
        assertTrue(
                page.contains("Data publikacji w poprzednim BIP"),
                "the citizen page names the former BIP's date as such");
        assertTrue(page.contains("datetime=\"2024-04-02T08:30:00+02:00\""));
        assertTrue(page("dokument/" + document.getString("slug") + "/wersja/1")
                .contains("datetime=\"2023-12-18T09:00:00+01:00\""));
        assertTrue(page.contains("Tomasz Sowa") && page.contains("Piotr Zając") && page.contains("Katarzyna Mazur"));
    }

    @Test
    @Order(3)
    void bodiesAreSanitizedPdfBecomesTheAttachmentAndTheWithdrawalKeepsItsDate() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        String budget = api.get("api/v1/documents/" + documentId("BIP-UG-1001") + "/revisions/1")
                .json()
                .getString("body");
        assertTrue(budget.contains("78 412 530,00 zł"), budget);
        assertFalse(
                budget.contains("licznik") || budget.contains("<style") || budget.contains("<title"),
                "only the page's body, through the sanitizer: " + budget);
        String session = api.get("api/v1/documents/" + documentId("BIP-UG-1016") + "/revisions/1")
                .json()
                .getString("body");
        assertTrue(
                session.contains("Zwołuję IV sesję Rady Gminy Klucze"),
                "a Windows-1250 page is read as such: " + session);

        long pdfDocument = documentId("BIP-UG-1005");
        JsonObject revision =
                api.get("api/v1/documents/" + pdfDocument + "/revisions/1").json();
        JsonObject pdf = revision.getJsonArray("attachments").getJsonObject(0);
        byte[] file = Files.readAllBytes(SAMPLE.resolve("pliki/zarzadzenie-45-2023-regulamin-kontroli.pdf"));
        assertEquals("application/pdf", pdf.getString("mediaType"));
        assertEquals(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)), pdf.getString("sha256"));
        assertTrue(
                revision.getString("body").contains("pełna treść w załączonym pliku PDF"), revision.getString("body"));
        assertTrue(
                DirectSql.string("SELECT text FROM attachment_text WHERE sha256 = ?", pdf.getString("sha256"))
                        .contains("Regulamin kontroli zarządczej"),
                "the PDF's text is extracted for search");

        JsonObject withdrawn =
                api.get("api/v1/documents/" + documentId("BIP-UG-1008")).json();
        assertEquals("WITHDRAWN", withdrawn.getString("status"));
        // withdrawn here at the import; the source's date is in the register entry
        assertTrue(Instant.parse(withdrawn.getJsonObject("withdrawal").getString("at"))
                .isAfter(Instant.parse("2026-01-01T00:00:00Z")));
        assertTrue(DirectSql.string(
                        "SELECT reason FROM register_entry WHERE action = 'IMPORTED' AND document_id = ? ORDER BY seq DESC LIMIT 1",
                        documentId("BIP-UG-1008"))
                .contains("wycofany pierwotnie 2024-03-12 15:00"));
        assertEquals("Piotr Zając", withdrawn.getJsonObject("withdrawal").getString("by"));
        assertEquals(
                "Zarządzenie nr 18/2024 Wójta Gminy Klucze",
                withdrawn.getJsonObject("withdrawal").getString("legalBasis"));
    }

    @Test
    @Order(4)
    void theBulletinAsOfADayShowsImportedDocumentsOnlyFromTheImport() {
        String title = "Harmonogram odbioru odpadów komunalnych na 2024 rok";
        assertFalse(page("kategoria/gospodarka-odpadami?stan=2023-12-17").contains(title));
        assertFalse(
                page("kategoria/gospodarka-odpadami?stan=2023-12-18").contains(title),
                "published in the former BIP then, not in this bulletin");
        assertTrue(page("kategoria/gospodarka-odpadami?stan=" + LocalDate.now(Moment.POLAND))
                .contains(title));
        assertTrue(page("kategoria/gospodarka-odpadami").contains(title));
    }

    @Test
    @Order(5)
    void theRegisterRecordsTheImportAndStaysVerifiable() {
        ApiClient api = ApiClient.anonymous(base);
        long id = documentId("BIP-UG-1018");
        assertEquals(
                3,
                DirectSql.count(
                        "SELECT COUNT(*) FROM register_entry WHERE action = 'IMPORTED' AND document_id = ?", id));
        String entry = DirectSql.string(
                "SELECT CONCAT(actor, ' | ', reason) FROM register_entry WHERE action = 'IMPORTED'"
                        + " AND document_id = ? AND revision = 1",
                id);
        assertTrue(
                entry.startsWith("Marek Zieliński | Import z poprzedniego BIP (identyfikator źródłowy: BIP-UG-1018)."),
                entry);
        assertTrue(entry.contains("opublikowana pierwotnie 2023-12-18 09:00, wprowadził(a): Piotr Zając"), entry);

        JsonObject verify = api.get("api/v1/register/verify").json();
        assertTrue(verify.getBoolean("valid"), verify.toString());

        long seq = DirectSql.count(
                "SELECT MAX(seq) FROM register_entry WHERE action = 'IMPORTED' AND document_id = ?", id);
        JsonObject e = api.get("api/v1/register?after=" + (seq - 1) + "&limit=1")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals("metryka-register/2", e.getString("format"));
        byte[] leaf = MerkleHash.leaf(Jcs.canonicalize(Jcs.object(
                        "format",
                        "metryka-register/2",
                        "seq",
                        seq,
                        "at",
                        e.getString("at"),
                        "actor",
                        e.getString("actor"),
                        "action",
                        "IMPORTED",
                        "documentId",
                        id,
                        "revision",
                        3,
                        "subject",
                        e.getString("subject"),
                        "reason",
                        e.getString("reason"),
                        "contentHash",
                        e.getString("contentHash")))
                .getBytes(StandardCharsets.UTF_8));
        JsonObject head = api.get("api/v1/register/head").json();
        long size = head.getJsonNumber("size").longValue();
        JsonObject inclusion = api.get("api/v1/register/proof/inclusion?seq=" + seq + "&size=" + size)
                .json();
        assertEquals(
                MerkleHash.hex(leaf), inclusion.getString("leafHash"), "the leaf is the public entry's canonical form");
        List<byte[]> path = inclusion.getJsonArray("auditPath").getValuesAs(JsonString.class).stream()
                .map(h -> MerkleHash.fromHex(h.getString()))
                .toList();
        assertTrue(
                MerkleProof.verifyInclusion(leaf, seq - 1, size, path, MerkleHash.fromHex(head.getString("rootHash"))),
                "the import's entry is provably in the signed tree");
        String registerPage = page("rejestr-zmian?czynnosc=IMPORTED");
        assertTrue(
                registerPage.contains("Zaimportowano z poprzedniego BIP"), "citizens see that documents were imported");
    }

    @Test
    @Order(6)
    void reRunningImportsNothingNewAndSkipsTheNineteen() throws IOException {
        long entries = DirectSql.count(IMPORT_ENTRIES);
        long revisions = DirectSql.count("SELECT COUNT(*) FROM revision r JOIN document d ON d.id = r.document_id"
                + " WHERE d.import_source IS NOT NULL");
        Run run = importFolder(SAMPLE, work.resolve("again.csv"), "admin", "admin");

        assertEquals(BulkImport.SOME_REFUSED, run.exitCode(), "the bad row is still refused: " + run.console());
        assertTrue(run.console().contains("Zaimportowano: 0,"), run.console());
        assertTrue(run.console().contains("pominięto (już zaimportowane): 19,"), run.console());
        assertEquals(19, DirectSql.count(IMPORTED));
        assertEquals(
                revisions,
                DirectSql.count("SELECT COUNT(*) FROM revision r JOIN document d ON d.id = r.document_id"
                        + " WHERE d.import_source IS NOT NULL"),
                "no revision twice");
        assertEquals(entries, DirectSql.count(IMPORT_ENTRIES));
        assertEquals(
                19,
                Files.readAllLines(work.resolve("again.csv")).stream()
                        .filter(l -> l.startsWith("POMINIETO;"))
                        .count());
    }

    @Test
    @Order(7)
    void aSourceThatGainedARevisionGetsOnlyThatAndTheCorrectedRowGoesIn() throws IOException {
        Path folder = work.resolve("zrodlo-pozniej");
        copy(SAMPLE, folder);
        Path metadata = folder.resolve("metadane.csv");
        String csv = Files.readString(metadata).replace("2024-02-30 10:00", "2024-02-28 10:00");
        Files.writeString(metadata, csv);
        Files.writeString(
                folder.resolve("pliki/harmonogram-odpady-2024-v4.html"),
                "<p>Odpady zmieszane: co dwa tygodnie we wtorki.</p><p>Od 1 lipca odbiór także w Kwaśniowie Górnym.</p>");
        Files.writeString(
                metadata,
                "BIP-UG-1018;4;gospodarka-odpadami;Harmonogram odbioru odpadów komunalnych na 2024 rok"
                        + " – sołectwa Bogucin Mały, Bogucin Duży, Kwaśniów Dolny;pliki/harmonogram-odpady-2024-v4.html;Tomasz Sowa;"
                        + "inspektor ds. ochrony środowiska;2023-12-15;2024-06-20 09:00;Katarzyna Mazur;Rozszerzenie o Kwaśniów Górny;;;;;\n",
                StandardOpenOption.APPEND);

        Run run = importFolder(folder, work.resolve("later.csv"), "admin", "admin");

        assertEquals(BulkImport.OK, run.exitCode(), run.console());
        assertTrue(
                run.console()
                        .contains("Zaimportowano: 1, uzupełniono o nowe wersje: 1, pominięto (już zaimportowane): 18,"),
                run.console());
        long id = documentId("BIP-UG-1018");
        JsonArray revisions = ApiClient.anonymous(base)
                .get("api/v1/documents/" + id + "/revisions")
                .structure()
                .asJsonArray();
        assertEquals(4, revisions.size());
        assertEquals("2024-06-20T07:00:00.000000Z", revisions.getJsonObject(3).getString("publishedElsewhereAt"));
        assertEquals(
                4,
                DirectSql.count(
                        "SELECT COUNT(*) FROM register_entry WHERE action = 'IMPORTED' AND document_id = ?", id));
        assertEquals(20, DirectSql.count(IMPORTED));
        assertTrue(
                ApiClient.anonymous(base).get("api/v1/register/verify").json().getBoolean("valid"));
    }

    @Test
    @Order(8)
    void documentsWithTheSameTitleImportedAtOnceGetTheirOwnAddresses() throws IOException {
        Path folder = Files.createDirectories(work.resolve("te-same-tytuly"));
        Files.writeString(folder.resolve("sesja.html"), "<p>Zwołuję sesję Rady Gminy Klucze.</p>");
        StringBuilder csv = new StringBuilder("id_zrodlowe;wersja;kategoria;tytul;plik;autor;stanowisko_autora;"
                + "data_wytworzenia;data_publikacji;wprowadzajacy\n");
        for (int i = 1; i <= 6; i++) {
            csv.append("SESJA-")
                    .append(i)
                    .append(";1;sesje-rady;Zawiadomienie o sesji Rady Gminy Klucze;sesja.html;")
                    .append("Elżbieta Nowicka;Przewodnicząca Rady Gminy;2024-0")
                    .append(i)
                    .append("-01;2024-0")
                    .append(i)
                    .append("-02 08:00;Katarzyna Mazur\n");
        }
        Files.writeString(folder.resolve("metadane.csv"), csv);
        Path passwordFile = work.resolve("haslo-admin");
        Run run = bulkImport(
                folder,
                "--password-file",
                passwordFile.toString(),
                "--report",
                work.resolve("sesje.csv").toString(),
                "--rownolegle",
                "6");

        assertEquals(BulkImport.OK, run.exitCode(), run.console());
        assertEquals(
                6, DirectSql.count("SELECT COUNT(DISTINCT slug) FROM document WHERE import_source LIKE 'SESJA-%'"));
        assertTrue(
                ApiClient.anonymous(base).get("api/v1/register/verify").json().getBoolean("valid"));
    }

    @Test
    @Order(9)
    void unreachableServerAndRefusedAccountsAreFatal() throws IOException {
        Run wrongUser = importFolder(SAMPLE, work.resolve("r1.csv"), "nie-ma-takiego", "haslo");
        assertEquals(BulkImport.FATAL, wrongUser.exitCode(), wrongUser.console());
        assertTrue(wrongUser.console().contains("(401)"), wrongUser.console());

        Run editor = importFolder(SAMPLE, work.resolve("r2.csv"), "redaktor", "redaktor");
        assertEquals(BulkImport.FATAL, editor.exitCode(), editor.console());
        assertTrue(editor.console().contains("ADMINISTRATOR"), editor.console());

        Path passwordFile = work.resolve("haslo");
        Files.writeString(passwordFile, "admin");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        int code = BulkImport.run(
                new String[] {
                    SAMPLE.toString(),
                    "--url",
                    "http://127.0.0.1:9",
                    "--password-file",
                    passwordFile.toString(),
                    "--report",
                    work.resolve("r3.csv").toString()
                },
                new PrintStream(console, true, StandardCharsets.UTF_8),
                Map.of(),
                false);
        assertEquals(BulkImport.FATAL, code);
        assertTrue(
                console.toString(StandardCharsets.UTF_8).contains("nieosiągalny"),
                console.toString(StandardCharsets.UTF_8));
    }

    @Test
    @Order(10)
    void theApiNamesEveryProblemOfADocumentAndWritesNothing() {
        ApiClient admin = ApiClient.anonymous(base).as("admin", "admin");
        Reply reply = admin.post(
                "api/v1/import/documents",
                "{\"sourceId\":\"API-ZLY-1\",\"category\":\"nie-ma-takiej\","
                        + "\"revisions\":[{\"title\":\"Ogłoszenie\",\"body\":\"<p>Treść</p>\",\"author\":\"Jan Nowak\","
                        + "\"authorPosition\":\"sekretarz\",\"createdOn\":\"2024-01-02\",\"publishedAt\":\"2024-01-03 10:00\",\"editor\":\"Ewa Lis\"},"
                        + "{\"title\":\" \",\"body\":\"<p>Treść 2</p>\",\"author\":\"Jan Nowak\",\"authorPosition\":\"sekretarz\","
                        + "\"createdOn\":\"2024-01-02\",\"publishedAt\":\"2024-01-02 10:00\",\"editor\":\"Ewa Lis\"}]}");
        assertEquals(400, reply.status(), reply.body());
        List<String> fields = new ArrayList<>();
        reply.json()
                .getJsonArray("errors")
                .forEach(e -> fields.add(e.asJsonObject().getString("field")));
        assertTrue(
                fields.containsAll(
                        List.of("category", "revisions[1].title", "revisions[1].publishedAt", "revisions[1].reason")),
                fields.toString());
        assertEquals(0, DirectSql.count("SELECT COUNT(*) FROM document WHERE import_source = 'API-ZLY-1'"));

        Reply editor = ApiClient.anonymous(base).as("naczelny", "naczelny").post("api/v1/import/documents", "{}");
        assertEquals(403, editor.status(), "importing is for administrators only");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
