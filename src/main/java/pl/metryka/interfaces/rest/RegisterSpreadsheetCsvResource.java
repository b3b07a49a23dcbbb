package pl.metryka.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pl.metryka.application.DocumentCatalog;

/** {@code /api/v1/register-excel.csv}: the rows of register.csv in the form a Polish spreadsheet opens as it is. */
@Path(RegisterCsvResource.EXCEL_FILE)
@Tag(name = "Rejestr zmian")
public class RegisterSpreadsheetCsvResource {

    @Inject
    private DocumentCatalog catalog;

    @GET
    @Produces(RegisterCsvResource.CSV)
    @Operation(summary = "Rejestr zmian (CSV dla arkuszy kalkulacyjnych)",
            description = "Te same wiersze co register.csv, w postaci, którą arkusz kalkulacyjny w polskich ustawieniach"
                    + " otwiera bez kreatora importu: UTF-8 ze znacznikiem BOM, pola rozdzielane średnikiem, wiersze CRLF.")
    @APIResponse(responseCode = "200", description = "Plik CSV",
            content = @Content(mediaType = RegisterCsvResource.CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response registerSpreadsheetCsv() {
        return RegisterCsvResource.csv(catalog, RegisterCsv.SPREADSHEET, RegisterCsvResource.EXCEL_FILE);
    }
}
