package pl.metryka.application;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import pl.metryka.domain.model.audit.AuditEvent;

/**
 * The audit log as CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheets read Polish letters,
 * CRLF lines). Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
 */
final class AuditCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneId.of("Europe/Warsaw"));

    private AuditCsv() {
    }

    static byte[] of(List<AuditEvent> events) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append("id,czas,kto,czynnosc,wynik,dotyczy,szczegoly,adres\r\n");
        for (AuditEvent e : events) {
            out.append(e.id()).append(',')
                    .append(cell(TIME.format(e.at()))).append(',')
                    .append(cell(e.actor())).append(',')
                    .append(cell(e.action())).append(',')
                    .append(cell(e.outcome().name())).append(',')
                    .append(cell(e.target())).append(',')
                    .append(cell(e.detail())).append(',')
                    .append(cell(e.remoteAddress())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
