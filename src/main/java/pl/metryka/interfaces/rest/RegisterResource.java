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
    @Inject
    private pl.metryka.application.RegisterProofs proofs;
    @Inject
    private pl.metryka.infrastructure.crypto.RegisterKey key;

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

    public record KeyJson(String algorithm, String publicKey, String format) {
        static KeyJson of(pl.metryka.infrastructure.crypto.RegisterKey key) {
            return new KeyJson("Ed25519", key.publicKeyBase64(), "X.509 SubjectPublicKeyInfo, base64");
        }
    }

    public record HeadJson(long size, String rootHash, Instant timestamp, String signature) {
        static HeadJson of(pl.metryka.domain.model.register.TreeHead h) {
            return new HeadJson(h.size(), h.rootHash(), h.signedAt(), h.signature());
        }
    }

    /** The Ed25519 public key that signs the tree heads (X.509 SubjectPublicKeyInfo, base64). */
    @GET
    @Path("key")
    public KeyJson key() {
        return KeyJson.of(key);
    }

    /** The latest signed tree head; the signature covers {"size","rootHash","timestamp"} as canonical JSON. */
    @GET
    @Path("head")
    public HeadJson head(@QueryParam("size") Long size) {
        return (size == null ? proofs.latestHead() : proofs.head(size)).map(HeadJson::of)
                .orElseThrow(() -> new pl.metryka.application.NotFoundException("Nie ma takiego nagłówka drzewa."));
    }

    @GET
    @Path("proof/inclusion")
    public pl.metryka.application.RegisterProofs.Inclusion inclusion(@QueryParam("seq") long seq, @QueryParam("size") long size) {
        return proofs.inclusion(seq, size);
    }

    @GET
    @Path("proof/consistency")
    public pl.metryka.application.RegisterProofs.Consistency consistency(@QueryParam("from") long from, @QueryParam("to") long to) {
        return proofs.consistency(from, to);
    }

    @GET
    @Path("verify")
    public VerifyJson verify() {
        ChainVerification result = verifier.verify();
        return new VerifyJson(result.valid(), result.entries(), result.firstBadSeq(), result.problem());
    }
}
