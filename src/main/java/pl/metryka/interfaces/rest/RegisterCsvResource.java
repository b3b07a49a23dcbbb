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
import pl.metryka.application.DocumentCatalog;
import pl.metryka.domain.model.register.PublicRegisterEntry;
import pl.metryka.interfaces.web.shared.ContentDisposition;

/** The change register as one CSV file, for spreadsheets and bulk re-use. */
@Path("register.csv")
public class RegisterCsvResource {

    static final String CSV = "text/csv; charset=UTF-8; header=present";
    private static final int BATCH = 1000;

    @Inject
    private DocumentCatalog catalog;

    @GET
    @Produces(CSV)
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
