package pl.metryka.interfaces.rest;

import java.util.List;
import pl.metryka.domain.model.register.PublicRegisterEntry;
import pl.metryka.domain.shared.CanonicalJson;

/** The change register as CSV (RFC 4180): a header row, one record per entry, CRLF line ends. */
final class RegisterCsv {

    static final List<String> COLUMNS = List.of("seq", "at", "actor", "action", "documentId", "revision", "subject",
            "reason", "contentHash", "prevHash", "hash");

    private RegisterCsv() {
    }

    static String header() {
        return record(COLUMNS);
    }

    static String row(PublicRegisterEntry e) {
        return record(java.util.Arrays.asList(Long.toString(e.seq()), CanonicalJson.instant(e.at()), e.actor(),
                e.action(), e.documentId() == null ? null : e.documentId().toString(),
                e.revision() == null ? null : e.revision().toString(), e.subject(), e.reason(), e.contentHash(),
                e.prevHash(), e.hash()));
    }

    private static String record(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(fields.get(i)));
        }
        return line.append("\r\n").toString();
    }

    /** Quoted only when it must be: a comma, a quote or a line break inside; quotes are doubled. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
