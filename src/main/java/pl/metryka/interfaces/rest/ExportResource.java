package pl.metryka.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pl.metryka.interfaces.web.shared.ContentDisposition;

/** Bulk download of the whole bulletin as JSON. */
@Path("export")
@Tag(name = "Otwarte dane")
public class ExportResource {

    @Inject
    private BulletinExport export;

    @GET
    @Path("bulletin.json")
    @Produces("application/json")
    @Operation(summary = "Eksport całego Biuletynu (JSON)",
            description = "Podmiot, kategorie, każdy dokument publiczny z każdą opublikowaną wersją (metryka, treść,"
                    + " załączniki z SHA-256, contentHash) i stan rejestru. Kolejność i format są stałe: dwa eksporty"
                    + " tych samych danych są identyczne bajt w bajt (bez czasu eksportu i liczników odwiedzin).")
    @APIResponse(responseCode = "200", description = "Plik JSON",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT)))
    public Response bulletin() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(out);
        return Response.ok(out.toByteArray(), "application/json; charset=UTF-8")
                .header("Content-Disposition", ContentDisposition.attachment("bulletin.json")).build();
    }
}
