package pl.metryka.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import pl.metryka.application.DocumentCatalog;

/** {@code /api/v1/register-excel.csv}: the rows of register.csv in the form a Polish spreadsheet opens as it is. */
@Path(RegisterCsvResource.EXCEL_FILE)
public class RegisterSpreadsheetCsvResource {

    @Inject
    private DocumentCatalog catalog;

    @GET
    @Produces(RegisterCsvResource.CSV)
    public Response registerSpreadsheetCsv() {
        return RegisterCsvResource.csv(catalog, RegisterCsv.SPREADSHEET, RegisterCsvResource.EXCEL_FILE);
    }
}
