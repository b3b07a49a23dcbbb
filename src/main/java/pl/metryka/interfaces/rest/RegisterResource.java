package pl.metryka.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.application.RegisterVerifier;
import pl.metryka.domain.model.register.ChainVerification;
import pl.metryka.domain.model.register.RegisterEntry;
import pl.metryka.domain.shared.InvalidInputException;

/** The change register, public and verifiable: entries in sequence, and a recomputation on demand. */
@Path("register")
@Produces(MediaType.APPLICATION_JSON)
public class RegisterResource {

    private static final int MAX_LIMIT = 1000;

    @Inject
    private DocumentCatalog catalog;
    @Inject
    private RegisterVerifier verifier;

    public record EntryJson(long seq, Instant at, String actor, String action, Long documentId, Integer revision,
                            String subject, String reason, String contentHash, String prevHash, String hash) {
        static EntryJson of(RegisterEntry e) {
            return new EntryJson(e.seq(), e.at(), e.actor(), e.action().name(), e.documentId(), e.revision(),
                    e.subject(), e.reason(), e.contentHash(), e.prevHash(), e.hash());
        }
    }

    public record EntryList(List<EntryJson> items) {
    }

    public record VerifyJson(boolean valid, long entries, Long firstBadSeq, String problem) {
    }

    @GET
    public EntryList entries(@QueryParam("after") @DefaultValue("0") long after,
                             @QueryParam("limit") @DefaultValue("100") int limit) {
        if (after < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException(after < 0 ? "after" : "limit", "after >= 0, 1 <= limit <= " + MAX_LIMIT);
        }
        return new EntryList(catalog.registerAfter(after, limit).stream().map(EntryJson::of).toList());
    }

    @GET
    @Path("verify")
    public VerifyJson verify() {
        ChainVerification result = verifier.verify();
        return new VerifyJson(result.valid(), result.entries(), result.firstBadSeq(), result.problem());
    }
}
