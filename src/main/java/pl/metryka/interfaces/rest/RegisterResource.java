package pl.metryka.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.application.PublicAddress;
import pl.metryka.application.RegisterVerifier;
import pl.metryka.domain.model.register.ChainVerification;
import pl.metryka.domain.model.register.PublicRegisterEntry;
import pl.metryka.domain.model.register.RegisterEntry;
import pl.metryka.domain.shared.CanonicalJson;
import pl.metryka.domain.shared.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The change register, public and verifiable: entries in sequence, and a recomputation on demand. */
@Path("register")
@Tag(name = "Rejestr zmian")
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

    /**
     * One entry as published. {@code masked} marks an entry whose kind is not public information:
     * only seq, at, the hashes and its Merkle {@code leafHash} (null for other entries) are given.
     * {@code at} is exactly the text that is hashed (six fractional digits) and {@code format} names
     * the entry's hash format, so anyone can rebuild the hashed bytes (docs/register-format.md).
     */
    public record EntryJson(long seq,
                            @Schema(format = "date-time", example = "2026-03-01T09:15:00.000000Z",
                                    description = "Czas wpisu: dokładnie tekst objęty skrótem (UTC, sześć cyfr ułamka sekundy)")
                            String at,
                            String actor, String action, Long documentId, Integer revision,
                            String subject, String reason, String contentHash, String prevHash, String hash,
                            boolean masked, String leafHash,
                            @Schema(description = "Format skrótu wpisu, np. metryka-register/2 (docs/register-format.md)")
                            String format) {
        static EntryJson of(RegisterEntry e) {
            return of(PublicRegisterEntry.of(e));
        }

        static EntryJson of(PublicRegisterEntry e) {
            return new EntryJson(e.seq(), CanonicalJson.instant(e.at()), e.actor(), e.action(), e.documentId(), e.revision(),
                    e.subject(), e.reason(), e.contentHash(), e.prevHash(), e.hash(), e.masked(), e.leafHash(), e.format());
        }
    }

    public record EntryList(List<EntryJson> items) {
    }

    /** redactions: each revision redacted after publication ("redacted after publication, hash committed"). */
    public record VerifyJson(boolean valid, long entries, Long firstBadSeq, String problem, java.util.List<String> redactions) {
    }

    @Context
    private UriInfo uri;
    @Inject
    private PublicAddress address;
    @Context
    private HttpServletResponse response;

    @GET
    @Operation(summary = "Wpisy rejestru zmian",
            description = "Wpisy w kolejności numerów (seq od 1, bez luk): po kursorze after (limit) albo, równoważnie,"
                    + " stronami page/size (strona p zaczyna się po wpisie p×size). Nagłówek Link: first/prev/next/last."
                    + " Wpis rodzaju, który nie jest informacją publiczną (dawne wpisy o projektach, planowanych publikacjach"
                    + " i kontach), ma masked=true, czynność INTERNAL i tylko seq, at, prevHash, hash oraz leafHash (liść drzewa Merkle).")
    @APIResponse(responseCode = "200", description = "Wpisy",
            headers = @Header(name = "Link", description = "rel=first/prev/next/last", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Niepoprawny parametr", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public EntryList entries(@Parameter(description = "Zwróć wpisy o seq większym niż ten") @QueryParam("after") @DefaultValue("0") long after,
                             @Parameter(description = "Najwięcej wpisów, 1–" + MAX_LIMIT) @QueryParam("limit") @DefaultValue("100") int limit,
                             @Parameter(description = "Numer strony od 0 (zamiast after)") @QueryParam("page") Integer page,
                             @Parameter(description = "Rozmiar strony (z page; zamiast limit)") @QueryParam("size") Integer size) {
        if (page != null || size != null) {
            int pageSize = size == null ? limit : size;
            if (page != null && page < 0 || pageSize < 1 || pageSize > MAX_LIMIT) {
                throw new InvalidInputException(page != null && page < 0 ? "page" : "size", "page >= 0, 1 <= size <= " + MAX_LIMIT);
            }
            int number = page == null ? 0 : page;
            List<EntryJson> items = catalog.registerAfter((long) number * pageSize, pageSize).stream().map(EntryJson::of).toList();
            response.setHeader("Link", PageLinks.pages(uri, address, number, pageSize, registerSize()));
            return new EntryList(items);
        }
        if (after < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException(after < 0 ? "after" : "limit", "after >= 0, 1 <= limit <= " + MAX_LIMIT);
        }
        List<EntryJson> items = catalog.registerAfter(after, limit).stream().map(EntryJson::of).toList();
        long lastReturned = items.isEmpty() ? after : items.get(items.size() - 1).seq();
        response.setHeader("Link", PageLinks.cursor(uri, address, after, limit, lastReturned, items.size() == limit, registerSize()));
        return new EntryList(items);
    }

    private long registerSize() {
        return proofs.latestHead().map(pl.metryka.domain.model.register.TreeHead::size).orElse(0L);
    }

    public record KeyJson(String algorithm, String publicKey, String format) {
        static KeyJson of(pl.metryka.infrastructure.crypto.RegisterKey key) {
            return new KeyJson("Ed25519", key.publicKeyBase64(), "X.509 SubjectPublicKeyInfo, base64");
        }
    }

    /** A signed tree head; {@code timestamp} is exactly the signed text's value and {@code format} names that text's format. */
    public record HeadJson(long size, String rootHash,
                           @Schema(format = "date-time", example = "2026-03-01T09:15:00.000000Z",
                                   description = "Czas podpisu: dokładnie tekst objęty podpisem (UTC, sześć cyfr ułamka sekundy)")
                           String timestamp,
                           String signature,
                           @Schema(description = "Format podpisanego tekstu, np. metryka-tree-head/2 (docs/register-format.md)")
                           String format) {
        static HeadJson of(pl.metryka.domain.model.register.TreeHead h) {
            return new HeadJson(h.size(), h.rootHash(), CanonicalJson.instant(h.signedAt()), h.signature(), h.format());
        }
    }

    /** The Ed25519 public key that signs the tree heads (X.509 SubjectPublicKeyInfo, base64). */
    @GET
    @Path("key")
    @Operation(summary = "Klucz publiczny rejestru", description = "Klucz Ed25519, którym podpisywane są nagłówki drzewa.")
    @APIResponse(responseCode = "200", description = "Klucz")
    public KeyJson key() {
        return KeyJson.of(key);
    }

    /** The latest signed tree head; the signature covers {"format","rootHash","size","timestamp"} as RFC 8785 JSON. */
    @GET
    @Path("head")
    @Operation(summary = "Podpisany nagłówek drzewa Merkle",
            description = "Najnowszy albo dla podanego rozmiaru; podpis Ed25519 obejmuje kanoniczny JSON (RFC 8785)"
                    + " {format, rootHash, size, timestamp}; format metryka-tree-head/1 (starsze nagłówki): {size, rootHash, timestamp}."
                    + " Opis bajt po bajcie: /docs/register-format.md")
    @APIResponse(responseCode = "200", description = "Nagłówek")
    @APIResponse(responseCode = "404", description = "Nie ma takiego nagłówka", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public HeadJson head(@Parameter(description = "Rozmiar drzewa (liczba wpisów)") @QueryParam("size") Long size) {
        return (size == null ? proofs.latestHead() : proofs.head(size)).map(HeadJson::of)
                .orElseThrow(() -> new pl.metryka.application.NotFoundException("Nie ma takiego nagłówka drzewa."));
    }

    @GET
    @Path("proof/inclusion")
    @Operation(summary = "Dowód włączenia wpisu (RFC 9162)")
    @APIResponse(responseCode = "200", description = "Dowód")
    @APIResponse(responseCode = "400", description = "Niepoprawne parametry", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public pl.metryka.application.RegisterProofs.Inclusion inclusion(@Parameter(description = "Numer wpisu") @QueryParam("seq") long seq,
                                                                     @Parameter(description = "Rozmiar drzewa") @QueryParam("size") long size) {
        return proofs.inclusion(seq, size);
    }

    @GET
    @Path("proof/consistency")
    @Operation(summary = "Dowód spójności dwóch rozmiarów drzewa (RFC 9162)")
    @APIResponse(responseCode = "200", description = "Dowód")
    @APIResponse(responseCode = "400", description = "Niepoprawne parametry", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public pl.metryka.application.RegisterProofs.Consistency consistency(@Parameter(description = "Mniejszy rozmiar") @QueryParam("from") long from,
                                                                         @Parameter(description = "Większy rozmiar") @QueryParam("to") long to) {
        return proofs.consistency(from, to);
    }

    @GET
    @Path("verify")
    @Operation(summary = "Sprawdzenie łańcucha rejestru", description = "Przelicza skróty wszystkich wpisów i wersji.")
    @APIResponse(responseCode = "200", description = "Wynik")
    public VerifyJson verify() {
        ChainVerification result = verifier.verify();
        return new VerifyJson(result.valid(), result.entries(), result.firstBadSeq(), result.problem(), result.redactions());
    }
}
