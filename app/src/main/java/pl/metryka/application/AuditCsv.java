package pl.metryka.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import pl.metryka.domain.model.audit.AuditEvent;
import pl.metryka.domain.shared.Moment;

/**
 * The audit log as CSV (RFC 4180 by Commons CSV, UTF-8 with a byte order mark so spreadsheets read
 * Polish letters, CRLF lines). Every cell passes the {@link CsvFormulaGuard}: it is meant for spreadsheets.
 */
final class AuditCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(Moment.POLAND);
    private static final List<String> COLUMNS =
            List.of("id", "czas", "kto", "czynnosc", "wynik", "dotyczy", "szczegoly", "adres");

    private AuditCsv() {}

    static byte[] of(List<AuditEvent> events) {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(COLUMNS);
            for (AuditEvent e : events) {
                csv.printRecord(Stream.concat(Stream.of(String.valueOf(e.id())), e.shown(TIME).stream())
                        .map(CsvFormulaGuard::guard));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
