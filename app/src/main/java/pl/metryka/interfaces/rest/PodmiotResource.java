package pl.metryka.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import pl.metryka.application.NotFoundException;
import pl.metryka.application.PodmiotSettings;
import pl.metryka.application.PublicAddress;
import pl.metryka.domain.model.podmiot.Podmiot;

/** The publishing body (podmiot udostępniający informację). */
@Path("podmiot")
@Produces(MediaType.APPLICATION_JSON)
public class PodmiotResource {

    @Inject
    private PodmiotSettings settings;

    @Inject
    private PublicAddress address;

    /** {@code url} is this bulletin's home page; {@code website} the body's own site. */
    public record PodmiotJson(
            String name,
            String address,
            String phone,
            String email,
            String website,
            String nip,
            String regon,
            String workingHours,
            String url) {
        static PodmiotJson of(Podmiot p, String site) {
            return new PodmiotJson(
                    p.name(),
                    p.address(),
                    p.phone(),
                    p.email(),
                    p.website(),
                    p.nip(),
                    p.regon(),
                    p.workingHours(),
                    site + "/");
        }
    }

    @GET
    public PodmiotJson podmiot() {
        return settings.podmiot()
                .map(p -> PodmiotJson.of(p, ApiUrls.site(address)))
                .orElseThrow(() -> new NotFoundException("Podmiot nie został jeszcze ustawiony."));
    }
}
