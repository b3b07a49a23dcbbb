package pl.metryka.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.domain.model.register.PublicRegisterEntry;
import pl.metryka.interfaces.web.shared.ContentDisposition;

/**
 * The change register as one CSV file, for bulk re-use ({@code /api/v1/register.csv}), and the same
 * rows for spreadsheets ({@code /api/v1/register-excel.csv}: UTF-8 with BOM, semicolons).
 */
@Path("register.csv")
public class RegisterCsvResource {

    static final String CSV = "text/csv; charset=UTF-8; header=present";
    /** The spreadsheet-friendly variant's file name, a stable address beside register.csv. */
    static final String EXCEL_FILE = "register-excel.csv";

    private static final int BATCH = 1000;

    @Inject
    private DocumentCatalog catalog;

    @GET
    @Produces(CSV)
    public Response registerCsv() {
        return csv(catalog, RegisterCsv.PLAIN, "register.csv");
    }

    static Response csv(DocumentCatalog catalog, RegisterCsv.Dialect dialect, String fileName) {
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = dialect.printer(writer);
            long after = 0;
            List<PublicRegisterEntry> batch;
            do {
                batch = catalog.registerAfter(after, BATCH);
                for (PublicRegisterEntry e : batch) {
                    csv.printRecord(RegisterCsv.values(e));
                    after = e.seq();
                }
            } while (batch.size() == BATCH);
            csv.flush();
        };
        return Response.ok(body, CSV)
                .header("Content-Disposition", ContentDisposition.attachment(fileName))
                .build();
    }
}
