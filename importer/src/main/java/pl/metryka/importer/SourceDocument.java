package pl.metryka.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pl.metryka.json.Json;

/**
 * One document of the source BIP: its lines of the metadata file (one per revision). It checks
 * what only the folder can tell (revision numbering, files present and of a known kind), builds
 * the request for the server, and points the server's field errors back at a line and column.
 */
final class SourceDocument {

    static final String DEFAULT_PDF_BODY = "Treść dokumentu znajduje się w załączonym pliku PDF";

    private static final Pattern REVISION_FIELD = Pattern.compile("revisions\\[(\\d+)\\]\\.(\\w+)(?:\\[(\\d+)\\])?.*");
    private static final Pattern BODY = Pattern.compile("(?is)<body[^>]*>(.*?)(?:</body>|$)");
    private static final Map<String, String> COLUMNS = Map.of(
            "title",
            "tytul",
            "body",
            "plik",
            "author",
            "autor",
            "authorPosition",
            "stanowisko_autora",
            "createdOn",
            "data_wytworzenia",
            "publishedAt",
            "data_publikacji",
            "editor",
            "wprowadzajacy",
            "reason",
            "powod_zmiany");
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "pdf", "application/pdf",
            "doc", "application/msword",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "odt", "application/vnd.oasis.opendocument.text",
            "xls", "application/vnd.ms-excel",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "ods", "application/vnd.oasis.opendocument.spreadsheet");

    final String sourceId;
    private final List<SourceRow> rows;
    private final List<Problem> problems = new ArrayList<>();
    private SourceRow withdrawalRow;

    SourceDocument(String sourceId, List<SourceRow> rows) {
        this.sourceId = sourceId;
        this.rows = rows;
    }

    static SourceDocument unidentified(SourceRow row) {
        SourceDocument document = new SourceDocument(null, new ArrayList<>(List.of(row)));
        document.problems.add(
                new Problem(row.line(), "id_zrodlowe", "Identyfikator źródłowy dokumentu jest wymagany."));
        return document;
    }

    /** Revisions numbered 1..n, one category, at most one line with a withdrawal. */
    void checkStructure() {
        if (sourceId == null) {
            return;
        }
        for (SourceRow row : rows) {
            String n = row.get("wersja");
            if (n == null || !n.matches("\\d{1,4}")) {
                problems.add(new Problem(row.line(), "wersja", "Numer wersji musi być liczbą całkowitą (1, 2, 3…)."));
            }
        }
        if (!problems.isEmpty()) {
            return;
        }
        rows.sort(Comparator.comparingInt(r -> Integer.parseInt(r.get("wersja"))));
        for (int i = 0; i < rows.size(); i++) {
            if (Integer.parseInt(rows.get(i).get("wersja")) != i + 1) {
                problems.add(new Problem(
                        rows.get(i).line(),
                        "wersja",
                        "Wersje dokumentu muszą być numerowane kolejno od 1 bez powtórzeń" + " (oczekiwano " + (i + 1)
                                + ", jest " + rows.get(i).get("wersja") + ")."));
                return;
            }
        }
        String category = rows.get(0).get("kategoria");
        for (SourceRow row : rows.subList(1, rows.size())) {
            if (row.get("kategoria") != null && !row.get("kategoria").equals(category)) {
                problems.add(new Problem(
                        row.line(),
                        "kategoria",
                        "Wszystkie wersje dokumentu muszą mieć tę samą kategorię (" + category + ")."));
            }
        }
        for (SourceRow row : rows) {
            if (row.get("data_wycofania") != null || row.get("powod_wycofania") != null) {
                if (withdrawalRow != null) {
                    problems.add(new Problem(
                            row.line(), "data_wycofania", "Wycofanie dokumentu podaje się tylko w jednym wierszu."));
                }
                withdrawalRow = row;
            }
        }
    }

    int firstLine() {
        return rows.get(0).line();
    }

    /** "12" or "12–14": the lines of the metadata file this document came from. */
    String lines() {
        int first = rows.stream().mapToInt(SourceRow::line).min().orElse(0);
        int last = rows.stream().mapToInt(SourceRow::line).max().orElse(0);
        return first == last ? String.valueOf(first) : first + "–" + last;
    }

    String title() {
        return rows.get(rows.size() - 1).get("tytul");
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** The JSON for {@code POST /api/v1/import/documents}, or null when the folder already shows a problem. */
    String request(Path dir) {
        if (!problems.isEmpty()) {
            return null;
        }
        StringBuilder revisions = new StringBuilder();
        for (SourceRow row : rows) {
            String revision = revision(dir, row);
            if (revision != null) {
                revisions.append(revisions.length() == 0 ? "" : ",").append(revision);
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        String withdrawal = withdrawalRow == null
                ? "null"
                : "{\"at\":" + Json.quote(withdrawalRow.get("data_wycofania"))
                        + ",\"reason\":" + Json.quote(withdrawalRow.get("powod_wycofania"))
                        + ",\"legalBasis\":" + Json.quote(withdrawalRow.get("podstawa_wycofania"))
                        + ",\"by\":" + Json.quote(withdrawalRow.get("wycofal")) + "}";
        return "{\"sourceId\":" + Json.quote(sourceId) + ",\"category\":"
                + Json.quote(rows.get(0).get("kategoria")) + ",\"revisions\":[" + revisions + "],\"withdrawal\":"
                + withdrawal + "}";
    }

    private String revision(Path dir, SourceRow row) {
        Path file = file(dir, row, "plik", row.get("plik"));
        if (file == null) {
            return null;
        }
        String name = file.getFileName().toString();
        String extension = extension(name);
        String body;
        List<String> attachments = new ArrayList<>();
        if (extension.equals("html") || extension.equals("htm")) {
            body = html(file, row);
        } else if (extension.equals("pdf")) {
            String description = row.get("opis") != null ? row.get("opis") : DEFAULT_PDF_BODY + ": " + name + ".";
            body = "<p>" + escape(description) + "</p>";
            attachments.add(upload(file, row, "plik"));
        } else {
            problems.add(new Problem(
                    row.line(),
                    "plik",
                    "Plik treści musi być stroną HTML (.html, .htm) albo plikiem PDF (.pdf): " + name));
            return null;
        }
        if (row.get("zalaczniki") != null) {
            for (String extra : row.get("zalaczniki").split("\\|")) {
                Path attached = file(dir, row, "zalaczniki", extra.strip());
                if (attached != null
                        && !MEDIA_TYPES.containsKey(
                                extension(attached.getFileName().toString()))) {
                    problems.add(new Problem(
                            row.line(),
                            "zalaczniki",
                            "Dozwolone załączniki: PDF, DOC, DOCX, ODT, XLS, XLSX, ODS: " + extra.strip()));
                } else if (attached != null) {
                    attachments.add(upload(attached, row, "zalaczniki"));
                }
            }
        }
        if (body == null || attachments.contains(null)) {
            return null;
        }
        return "{\"title\":" + Json.quote(row.get("tytul")) + ",\"body\":" + Json.quote(body)
                + ",\"author\":" + Json.quote(row.get("autor")) + ",\"authorPosition\":"
                + Json.quote(row.get("stanowisko_autora"))
                + ",\"createdOn\":" + Json.quote(row.get("data_wytworzenia")) + ",\"publishedAt\":"
                + Json.quote(row.get("data_publikacji"))
                + ",\"editor\":" + Json.quote(row.get("wprowadzajacy")) + ",\"reason\":"
                + Json.quote(row.get("powod_zmiany"))
                + ",\"attachments\":[" + String.join(",", attachments) + "]}";
    }

    /** The named file inside the folder (never outside it), or null with the problem recorded. */
    private Path file(Path dir, SourceRow row, String column, String relative) {
        if (relative == null || relative.isBlank()) {
            problems.add(new Problem(row.line(), column, "Plik treści jest wymagany."));
            return null;
        }
        Path root = dir.toAbsolutePath().normalize();
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) {
            problems.add(new Problem(row.line(), column, "Plik musi leżeć w folderze importu: " + relative));
            return null;
        }
        if (!Files.isRegularFile(file)) {
            problems.add(new Problem(row.line(), column, "Nie ma pliku „" + relative + "” w folderze importu."));
            return null;
        }
        return file;
    }

    /** The page's body (its whole text when it is a fragment); UTF-8, or Windows-1250 as old Polish sites wrote. */
    private String html(Path file, SourceRow row) {
        byte[] bytes = bytes(file, row, "plik");
        if (bytes == null) {
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("windows-1250"));
        }
        Matcher body = BODY.matcher(text);
        return body.find() ? body.group(1).strip() : text.strip();
    }

    private String upload(Path file, SourceRow row, String column) {
        byte[] bytes = bytes(file, row, column);
        if (bytes == null) {
            return null;
        }
        String name = file.getFileName().toString();
        return "{\"fileName\":" + Json.quote(name) + ",\"mediaType\":" + Json.quote(MEDIA_TYPES.get(extension(name)))
                + ",\"contentBase64\":" + Json.quote(Base64.getEncoder().encodeToString(bytes))
                + ",\"description\":null}";
    }

    private byte[] bytes(Path file, SourceRow row, String column) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(new Problem(
                    row.line(), column, "Nie można odczytać pliku " + file.getFileName() + ": " + e.getMessage()));
            return null;
        }
    }

    /** A field error of the server, pointed at the line and column of the metadata file it came from. */
    Problem locate(String field, String message) {
        if (field == null) {
            return new Problem(firstLine(), null, message);
        }
        Matcher m = REVISION_FIELD.matcher(field);
        if (m.matches() && Integer.parseInt(m.group(1)) < rows.size()) {
            SourceRow row = rows.get(Integer.parseInt(m.group(1)));
            String column = COLUMNS.get(m.group(2));
            if (m.group(2).equals("attachments")) {
                boolean mainIsPdf = extension(String.valueOf(row.get("plik"))).equals("pdf");
                column = mainIsPdf && "0".equals(m.group(3)) ? "plik" : "zalaczniki";
            }
            return new Problem(row.line(), column == null ? field : column, message);
        }
        return switch (field) {
            case "sourceId" -> new Problem(firstLine(), "id_zrodlowe", message);
            case "category" -> new Problem(firstLine(), "kategoria", message);
            case "revisions" -> new Problem(firstLine(), "wersja", message);
            case "withdrawal.at" -> new Problem(withdrawalLine(), "data_wycofania", message);
            case "withdrawal.reason" -> new Problem(withdrawalLine(), "powod_wycofania", message);
            default -> new Problem(firstLine(), field, message);
        };
    }

    private int withdrawalLine() {
        return withdrawalRow == null ? firstLine() : withdrawalRow.line();
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
