package pl.metryka.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import pl.metryka.interfaces.web.shared.ContentDisposition;

/** Bulk download of the whole bulletin as JSON. */
@Path("export")
public class ExportResource {

    @Inject
    private BulletinExport export;

    @GET
    @Path("bulletin.json")
    @Produces("application/json")
    public Response bulletin() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(out);
        return Response.ok(out.toByteArray(), "application/json; charset=UTF-8")
                .header("Content-Disposition", ContentDisposition.attachment("bulletin.json"))
                .build();
    }
}
