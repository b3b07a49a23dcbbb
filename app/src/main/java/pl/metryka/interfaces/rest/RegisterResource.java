package pl.metryka.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.application.NotFoundException;
import pl.metryka.application.PublicAddress;
import pl.metryka.application.RegisterProofs;
import pl.metryka.application.RegisterVerifier;
import pl.metryka.application.tlog.RegisterKey;
import pl.metryka.domain.model.register.ChainVerification;
import pl.metryka.domain.model.register.PublicRegisterEntry;
import pl.metryka.domain.model.register.TreeHead;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.domain.shared.Timestamps;

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
    private RegisterProofs proofs;

    @Inject
    private RegisterKey key;

    /**
     * Entries as published ({@link PublicRegisterEntry}, the domain's own public form, so the API,
     * the CSV and the bundles cannot drift apart). {@code at} is written by {@link JsonConfiguration}
     * as exactly the text that is hashed (six fractional digits) and {@code format} names the entry's
     * hash format, so anyone can rebuild the hashed bytes (docs/register-format.md).
     */
    public record EntryList(List<PublicRegisterEntry> items) {}

    /** redactions: each revision redacted after publication ("redacted after publication, hash committed"). */
    public record VerifyJson(boolean valid, long entries, Long firstBadSeq, String problem, List<String> redactions) {}

    @Context
    private UriInfo uri;

    @Inject
    private PublicAddress address;

    @Context
    private HttpServletResponse response;

    @GET
    public EntryList entries(
            @QueryParam("after") @DefaultValue("0") long after,
            @QueryParam("limit") @DefaultValue("100") int limit,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        if (page != null || size != null) {
            int pageSize = size == null ? limit : size;
            if (page != null && page < 0 || pageSize < 1 || pageSize > MAX_LIMIT) {
                throw InvalidInputException.of(
                        page != null && page < 0 ? "page" : "size",
                        "register.paging.invalid",
                        String.valueOf(MAX_LIMIT));
            }
            int number = page == null ? 0 : page;
            List<PublicRegisterEntry> items = catalog.registerAfter((long) number * pageSize, pageSize);
            response.setHeader("Link", PageLinks.pages(uri, address, number, pageSize, registerSize()));
            return new EntryList(items);
        }
        if (after < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of(
                    after < 0 ? "after" : "limit", "register.after.invalid", String.valueOf(MAX_LIMIT));
        }
        List<PublicRegisterEntry> items = catalog.registerAfter(after, limit);
        long lastReturned =
                items.isEmpty() ? after : items.get(items.size() - 1).seq();
        response.setHeader(
                "Link",
                PageLinks.cursor(uri, address, after, limit, lastReturned, items.size() == limit, registerSize()));
        return new EntryList(items);
    }

    private long registerSize() {
        return proofs.latestHead().map(TreeHead::size).orElse(0L);
    }

    public record KeyJson(String algorithm, String publicKey, String format) {
        static KeyJson of(RegisterKey key) {
            return new KeyJson("Ed25519", key.publicKeyBase64(), "X.509 SubjectPublicKeyInfo, base64");
        }
    }

    /** A signed tree head; {@code timestamp} is exactly the signed text's value and {@code format} names that text's format. */
    public record HeadJson(long size, String rootHash, String timestamp, String signature, String format) {
        static HeadJson of(TreeHead h) {
            return new HeadJson(h.size(), h.rootHash(), Timestamps.format(h.signedAt()), h.signature(), h.format());
        }
    }

    /** The Ed25519 public key that signs the tree heads (X.509 SubjectPublicKeyInfo, base64). */
    @GET
    @Path("key")
    public KeyJson key() {
        return KeyJson.of(key);
    }

    /** The latest signed tree head; the signature covers {"format","rootHash","size","timestamp"} as RFC 8785 JSON. */
    @GET
    @Path("head")
    public HeadJson head(@QueryParam("size") Long size) {
        return (size == null ? proofs.latestHead() : proofs.head(size))
                .map(HeadJson::of)
                .orElseThrow(() -> new NotFoundException("Nie ma takiego nagłówka drzewa."));
    }

    @GET
    @Path("proof/inclusion")
    public RegisterProofs.Inclusion inclusion(@QueryParam("seq") long seq, @QueryParam("size") long size) {
        return proofs.inclusion(seq, size);
    }

    @GET
    @Path("proof/consistency")
    public RegisterProofs.Consistency consistency(@QueryParam("from") long from, @QueryParam("to") long to) {
        return proofs.consistency(from, to);
    }

    @GET
    @Path("verify")
    public VerifyJson verify() {
        ChainVerification result = verifier.verify();
        return new VerifyJson(
                result.valid(), result.entries(), result.firstBadSeq(), result.problem(), result.redactions());
    }
}
