package pl.metryka.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A folder exported from another BIP: {@value #METADATA} (one line per revision, see
 * deploy/import.md) and the files it names. Lines are grouped into documents by
 * {@code id_zrodlowe}, in the order each document first appears.
 */
final class SourceFolder {

    static final String METADATA = "metadane.csv";
    static final List<String> REQUIRED = List.of(
            "id_zrodlowe",
            "wersja",
            "kategoria",
            "tytul",
            "plik",
            "autor",
            "stanowisko_autora",
            "data_wytworzenia",
            "data_publikacji",
            "wprowadzajacy");
    static final List<String> OPTIONAL = List.of(
            "powod_zmiany", "opis", "zalaczniki", "data_wycofania", "powod_wycofania", "podstawa_wycofania", "wycofal");

    final Path dir;
    final List<SourceDocument> documents;
    final List<String> warnings;

    private SourceFolder(Path dir, List<SourceDocument> documents, List<String> warnings) {
        this.dir = dir;
        this.documents = documents;
        this.warnings = warnings;
    }

    /** Reads the metadata; a folder or file that cannot be read, or a missing column, is fatal. */
    static SourceFolder read(Path dir) throws FatalProblem {
        if (!Files.isDirectory(dir)) {
            throw new FatalProblem("Nie ma folderu importu: " + dir.toAbsolutePath());
        }
        Path metadata = dir.resolve(METADATA);
        String text;
        try {
            text = Files.readString(metadata, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FatalProblem("Nie można odczytać pliku metadanych " + metadata.toAbsolutePath()
                    + " (wymagany UTF-8): " + e.getMessage());
        }
        List<Csv.Record> records = Csv.parse(text);
        if (records.isEmpty()) {
            throw new FatalProblem("Plik metadanych " + metadata + " jest pusty.");
        }
        List<String> header = records.get(0).fields().stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
        List<String> missing =
                REQUIRED.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new FatalProblem("W pliku metadanych brak kolumn: " + String.join(", ", missing)
                    + " (opis formatu: deploy/import.md).");
        }
        List<String> warnings = new ArrayList<>();
        for (String column : header) {
            if (!REQUIRED.contains(column) && !OPTIONAL.contains(column)) {
                warnings.add("Kolumna „" + column + "” nie jest znana i zostanie pominięta.");
            }
        }
        Map<String, List<SourceRow>> byId = new LinkedHashMap<>();
        List<SourceDocument> documents = new ArrayList<>();
        for (Csv.Record record : records.subList(1, records.size())) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < header.size() && i < record.fields().size(); i++) {
                values.put(header.get(i), record.fields().get(i));
            }
            SourceRow row = new SourceRow(record.line(), values);
            String id = row.get("id_zrodlowe");
            if (id == null) {
                documents.add(SourceDocument.unidentified(row));
            } else {
                byId.computeIfAbsent(id, k -> {
                            List<SourceRow> rows = new ArrayList<>();
                            documents.add(new SourceDocument(k, rows));
                            return rows;
                        })
                        .add(row);
            }
        }
        documents.forEach(SourceDocument::checkStructure);
        return new SourceFolder(dir, List.copyOf(documents), warnings);
    }
}
