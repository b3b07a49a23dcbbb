package pl.metryka.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What happened to every document: printed at the end and written as CSV (UTF-8, semicolons). */
final class ImportReport {

    enum Result {
        ZAIMPORTOWANO,
        UZUPELNIONO,
        POMINIETO,
        ODRZUCONO,
        NIEPRZETWORZONO
    }

    record Line(
            Result result,
            String sourceId,
            String lines,
            String title,
            String address,
            Integer revisions,
            String message) {}

    private final List<Line> lines = new ArrayList<>();

    void add(Line line) {
        lines.add(line);
    }

    long count(Result result) {
        return lines.stream().filter(l -> l.result() == result).count();
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    void print(PrintStream out) {
        out.println("Zaimportowano: " + count(Result.ZAIMPORTOWANO) + ", uzupełniono o nowe wersje: "
                + count(Result.UZUPELNIONO)
                + ", pominięto (już zaimportowane): " + count(Result.POMINIETO) + ", odrzucono: "
                + count(Result.ODRZUCONO)
                + (count(Result.NIEPRZETWORZONO) > 0 ? ", nieprzetworzone: " + count(Result.NIEPRZETWORZONO) : "")
                + ".");
        for (Line line : lines) {
            if (line.result() == Result.ODRZUCONO) {
                out.println("ODRZUCONO " + line.sourceId() + " (wiersze " + line.lines() + "): " + line.message());
            }
        }
    }

    void write(Path file) throws IOException {
        StringBuilder csv = new StringBuilder("wynik;id_zrodlowe;wiersze;tytul;adres;wersje;komunikat\n");
        for (Line l : lines) {
            csv.append(l.result())
                    .append(';')
                    .append(Csv.field(l.sourceId()))
                    .append(';')
                    .append(Csv.field(l.lines()))
                    .append(';')
                    .append(Csv.field(l.title()))
                    .append(';')
                    .append(Csv.field(l.address()))
                    .append(';')
                    .append(l.revisions() == null ? "" : l.revisions())
                    .append(';')
                    .append(Csv.field(l.message()))
                    .append('\n');
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }
}
