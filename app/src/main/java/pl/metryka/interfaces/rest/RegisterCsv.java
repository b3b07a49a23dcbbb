package pl.metryka.interfaces.rest;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import pl.metryka.application.CsvFormulaGuard;
import pl.metryka.domain.model.register.PublicRegisterEntry;
import pl.metryka.domain.shared.Timestamps;
import pl.metryka.json.RegisterEntryMembers;

/**
 * The change register as CSV, one record per entry after a header row, in two dialects of the
 * same data: {@link #PLAIN} (RFC 4180: commas, CRLF, quoted only where needed) for programs, and
 * {@link #SPREADSHEET} for spreadsheets set to a Polish (or any decimal-comma) locale, which split
 * on semicolons and read a file as UTF-8 only when it starts with a byte order mark. Both pass every
 * cell through the {@link CsvFormulaGuard}: the plain file is opened in spreadsheets too, and the
 * guard is one apostrophe that readers recomputing hashes take off again (docs/open-data.md).
 */
final class RegisterCsv {

    /** One column per member of an entry, in the order of the register's JSON. */
    static final List<String> COLUMNS = RegisterEntryMembers.ALL;

    enum Dialect {
        PLAIN(CSVFormat.RFC4180, ""),
        SPREADSHEET(CSVFormat.EXCEL.builder().setDelimiter(';').get(), "\uFEFF");

        private final CSVFormat format;
        private final String preamble;

        Dialect(CSVFormat format, String preamble) {
            this.format = format;
            this.preamble = preamble;
        }

        /** Starts the file (its byte order mark, if any, and the header row). */
        CSVPrinter printer(Appendable out) throws IOException {
            out.append(preamble);
            CSVPrinter printer = new CSVPrinter(out, format);
            printer.printRecord(COLUMNS);
            return printer;
        }
    }

    static final Dialect PLAIN = Dialect.PLAIN;
    static final Dialect SPREADSHEET = Dialect.SPREADSHEET;

    private RegisterCsv() {}

    static String header() {
        return CSVFormat.RFC4180.format(COLUMNS.toArray()) + "\r\n";
    }

    /** The record of one entry, each cell guarded against being run as a formula. */
    static List<String> values(PublicRegisterEntry e) {
        return Arrays.asList(
                        Long.toString(e.seq()),
                        Timestamps.format(e.at()),
                        e.actor(),
                        e.action(),
                        e.documentId() == null ? null : e.documentId().toString(),
                        e.revision() == null ? null : e.revision().toString(),
                        e.subject(),
                        e.reason(),
                        e.contentHash(),
                        e.prevHash(),
                        e.hash())
                .stream()
                .map(CsvFormulaGuard::guard)
                .toList();
    }

    /** One field as the plain dialect writes it; null as an empty field. */
    static String field(String value) {
        return CSVFormat.RFC4180.format((Object) value);
    }
}
