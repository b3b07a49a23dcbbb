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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.domain.model.register.PublicRegisterEntry;
import pl.metryka.interfaces.web.shared.ContentDisposition;

/** The change register as one CSV file, for spreadsheets and bulk re-use. */
@Path("register.csv")
@Tag(name = "Rejestr zmian")
public class RegisterCsvResource {

    static final String CSV = "text/csv; charset=UTF-8; header=present";
    private static final int BATCH = 1000;

    @Inject
    private DocumentCatalog catalog;

    @GET
    @Produces(CSV)
    @Operation(summary = "Rejestr zmian (CSV)",
            description = "RFC 4180, UTF-8, wiersz nagłówka (" + "seq,at,actor,action,documentId,revision,subject,reason,"
                    + "contentHash,prevHash,hash), jeden wiersz na wpis, w kolejności seq. Wpis rodzaju, który nie jest"
                    + " informacją publiczną (dawne wpisy o projektach i kontach), ma czynność INTERNAL i tylko seq, at i skróty.")
    @APIResponse(responseCode = "200", description = "Plik CSV", content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response registerCsv() {
        StreamingOutput body = out -> {
            Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            csv.write(RegisterCsv.header());
            long after = 0;
            List<PublicRegisterEntry> batch;
            do {
                batch = catalog.registerAfter(after, BATCH);
                for (PublicRegisterEntry e : batch) {
                    csv.write(RegisterCsv.row(e));
                    after = e.seq();
                }
            } while (batch.size() == BATCH);
            csv.flush();
        };
        return Response.ok(body, CSV).header("Content-Disposition", ContentDisposition.attachment("register.csv")).build();
    }
}
