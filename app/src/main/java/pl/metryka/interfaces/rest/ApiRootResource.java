package pl.metryka.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import pl.metryka.application.PublicAddress;

/**
 * The API's root ({@code /api/v1}), which the DCAT catalogue names as the data service's endpoint:
 * it answers with the addresses of what the API offers, so a harvester following the endpoint
 * finds its way in.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class ApiRootResource {

    @Inject
    private PublicAddress address;

    /** Absolute addresses of the API's collections, exports and descriptions. */
    public record ApiIndex(
            String documents,
            String categories,
            String register,
            String registerCsv,
            String registerExcelCsv,
            String podmiot,
            String bulletin,
            String dcat,
            String openapi,
            String documentation) {}

    @GET
    public ApiIndex root() {
        String api = ApiUrls.api(address);
        return new ApiIndex(
                api + "/documents",
                api + "/categories",
                api + "/register",
                api + "/register.csv",
                api + "/" + RegisterCsvResource.EXCEL_FILE,
                api + "/podmiot",
                api + "/export/bulletin.json",
                api + "/dcat",
                address.origin() + "/openapi",
                address.of("/api/dokumentacja"));
    }
}
