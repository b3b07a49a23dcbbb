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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.domain.model.register.PublicRegisterEntry;
import pl.metryka.interfaces.web.shared.ContentDisposition;

/**
 * The change register as one CSV file, for bulk re-use ({@code /api/v1/register.csv}), and the same
 * rows for spreadsheets ({@code /api/v1/register-excel.csv}: UTF-8 with BOM, semicolons).
 */
@Path("register.csv")
@Tag(name = "Rejestr zmian")
public class RegisterCsvResource {

    static final String CSV = "text/csv; charset=UTF-8; header=present";
    /** The spreadsheet-friendly variant's file name, a stable address beside register.csv. */
    static final String EXCEL_FILE = "register-excel.csv";
    private static final int BATCH = 1000;

    @Inject
    private DocumentCatalog catalog;

    @GET
    @Produces(CSV)
    @Operation(summary = "Rejestr zmian (CSV)",
            description = "RFC 4180, UTF-8, wiersz nagłówka (" + "seq,at,actor,action,documentId,revision,subject,reason,"
                    + "contentHash,prevHash,hash), jeden wiersz na wpis, w kolejności seq. Wpis rodzaju, który nie jest"
                    + " informacją publiczną (dawne wpisy o projektach i kontach), ma czynność INTERNAL i tylko seq, at i skróty."
                    + " Te same dane dla arkuszy kalkulacyjnych: " + EXCEL_FILE + ".")
    @APIResponse(responseCode = "200", description = "Plik CSV", content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
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
        return Response.ok(body, CSV).header("Content-Disposition", ContentDisposition.attachment(fileName)).build();
    }
}
