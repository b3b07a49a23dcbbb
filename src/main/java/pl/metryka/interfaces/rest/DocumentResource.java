package pl.metryka.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import pl.metryka.application.AmendCommand;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.application.DraftCommand;
import pl.metryka.application.NotFoundException;
import pl.metryka.application.PublicAddress;
import pl.metryka.application.PublishingService;
import pl.metryka.domain.model.document.Attachment;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.Revision;
import pl.metryka.domain.model.register.DocumentIndex;
import pl.metryka.interfaces.rest.DocumentJson.DocumentList;
import pl.metryka.interfaces.rest.DocumentJson.DocumentView;
import pl.metryka.interfaces.rest.DocumentJson.RevisionSummary;
import pl.metryka.interfaces.rest.DocumentJson.RevisionView;
import pl.metryka.interfaces.rest.DocumentRequests.Amendment;
import pl.metryka.interfaces.rest.DocumentRequests.ArchiveRequest;
import pl.metryka.interfaces.rest.DocumentRequests.NewDocument;
import pl.metryka.interfaces.rest.DocumentRequests.PublicationRequest;
import pl.metryka.interfaces.rest.DocumentRequests.WithdrawalRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Documents and their revisions: read by anyone (drafts only by clerks), written by clerks with the right role. */
@Path("documents")
@Tag(name = "Dokumenty")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DocumentResource {

    private static final int MAX_PAGE_SIZE = 100;

    @Inject
    private DocumentCatalog catalog;
    @Inject
    private PublishingService publishing;
    @Inject
    private DocumentAssembler assembler;
    @Inject
    private pl.metryka.application.RegisterProofs proofs;
    @Inject
    private pl.metryka.infrastructure.crypto.RegisterKey key;
    @Context
    private UriInfo uri;
    @Inject
    private PublicAddress address;
    @Context
    private HttpServletResponse response;

    @GET
    @Operation(summary = "Lista opublikowanych dokumentów",
            description = "Dokumenty publiczne (także wycofane), od najnowszych. Strony numerowane od 0; nagłówek Link"
                    + " wskazuje strony first/prev/next/last. Parametr category zawęża listę do kategorii i jej podkategorii.")
    @APIResponse(responseCode = "200", description = "Strona listy",
            headers = @Header(name = "Link", description = "rel=first/prev/next/last", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Niepoprawny parametr", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "Nie ma takiej kategorii", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public DocumentList list(@Parameter(description = "Numer strony, od 0") @QueryParam("page") @DefaultValue("0") int page,
                             @Parameter(description = "Rozmiar strony, 1–" + MAX_PAGE_SIZE) @QueryParam("size") @DefaultValue("20") int size,
                             @Parameter(description = "Slug kategorii (z podkategoriami)") @QueryParam("category") String category) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new pl.metryka.domain.shared.InvalidInputException(page < 0 ? "page" : "size",
                    "page >= 0, 1 <= size <= " + MAX_PAGE_SIZE);
        }
        DocumentCatalog.Page<Document> result = category == null || category.isBlank()
                ? catalog.publicDocuments(page, size)
                : catalog.publicDocumentsUnder(catalog.category(category.strip())
                        .orElseThrow(() -> new NotFoundException("Nie ma kategorii " + category + ".")), false, page, size);
        response.setHeader("Link", PageLinks.pages(uri, address, page, size, result.total()));
        return new DocumentList(result.items().stream().map(d -> assembler.view(d, site())).toList(), result.total());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Dokument", description = "Bieżący stan dokumentu z metryką. Szkice widzą tylko redaktorzy.")
    @APIResponse(responseCode = "200", description = "Dokument")
    @APIResponse(responseCode = "404", description = "Nie ma dokumentu", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public DocumentView get(@Parameter(description = "Identyfikator dokumentu") @PathParam("id") long id) {
        return assembler.view(document(id), site());
    }

    @GET
    @Path("{id}/revisions")
    @Operation(summary = "Historia wersji dokumentu", description = "Opublikowane wersje od pierwszej, z powodem zmiany i skrótem treści.")
    @APIResponse(responseCode = "200", description = "Wersje")
    @APIResponse(responseCode = "404", description = "Nie ma dokumentu", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public List<RevisionSummary> revisions(@Parameter(description = "Identyfikator dokumentu") @PathParam("id") long id) {
        return document(id).publishedRevisions().stream().map(r -> assembler.summary(r, site())).toList();
    }

    @GET
    @Path("{id}/revisions/{n}")
    @Operation(summary = "Jedna wersja dokumentu",
            description = "Treść, metryka, załączniki (z SHA-256) i contentHash wersji; contentHash to SHA-256 kanonicznego JSON (RFC 8785)"
                    + " pól wersji w formacie podanym w polu format, opisanym bajt po bajcie w /docs/register-format.md.")
    @APIResponse(responseCode = "200", description = "Wersja")
    @APIResponse(responseCode = "404", description = "Nie ma dokumentu lub wersji", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RevisionView revision(@Parameter(description = "Identyfikator dokumentu") @PathParam("id") long id,
                                 @Parameter(description = "Numer wersji, od 1") @PathParam("n") int number) {
        return assembler.revision(revision(document(id), number), site(), api());
    }

    @GET
    @Path("{id}/revisions/{n}/attachments/{position}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Plik załącznika", description = "Zawartość załącznika wersji; ETag to jego SHA-256.")
    @APIResponse(responseCode = "200", description = "Plik", content = @Content(mediaType = "*/*",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "Nie ma załącznika", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response attachment(@Parameter(description = "Identyfikator dokumentu") @PathParam("id") long id,
                               @Parameter(description = "Numer wersji") @PathParam("n") int number,
                               @Parameter(description = "Pozycja załącznika, od 0") @PathParam("position") int position) {
        Attachment attachment = revision(document(id), number).attachments().stream()
                .filter(a -> a.position() == position).findFirst()
                .orElseThrow(() -> new NotFoundException("Nie ma załącznika " + position + "."));
        byte[] content = catalog.attachmentContent(attachment.sha256())
                .orElseThrow(() -> new NotFoundException("Brak treści załącznika."));
        return Response.ok(content, attachment.mediaType())
                .header("Content-Disposition", pl.metryka.interfaces.web.shared.ContentDisposition.attachment(attachment.fileName()))
                .header("ETag", "\"" + attachment.sha256() + "\"")
                .build();
    }

    /** The document's register entries with inclusion proofs under the latest signed head, the head and the key. */
    @GET
    @Path("{id}/proofs")
    @Operation(summary = "Dowody włączenia wpisów dokumentu",
            description = "Wpisy rejestru dotyczące dokumentu z dowodami włączenia (RFC 9162) pod najnowszym podpisanym nagłówkiem, nagłówek i klucz publiczny.")
    @APIResponse(responseCode = "200", description = "Dowody")
    @APIResponse(responseCode = "404", description = "Nie ma takiego dokumentu", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public DocumentProofsJson proofs(@PathParam("id") long id) {
        Document document = publicDocument(id);
        return DocumentProofsJson.of(document.id(), proofs.forDocument(document.id()), RegisterResource.KeyJson.of(key));
    }

    /**
     * The verification bundle (ZIP) that {@code metryka-verifier.jar} checks offline; {@code since}
     * adds a consistency proof from a head the reader saved earlier.
     */
    @GET
    @Path("{id}/bundle")
    @Operation(summary = "Paczka weryfikacyjna dokumentu (ZIP)",
            description = "Wszystkie wersje, załączniki, metryka, wpisy rejestru, dowody włączenia i podpisany nagłówek; sprawdzana offline przez metryka-verifier.jar. "
                    + "Parametr since dodaje dowód spójności z zapisanym wcześniej nagłówkiem.")
    @APIResponse(responseCode = "200", description = "Archiwum ZIP", content = @Content(mediaType = "application/zip"))
    @APIResponse(responseCode = "404", description = "Nie ma takiego dokumentu", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Produces("application/zip")
    public Response bundle(@PathParam("id") long id, @QueryParam("since") Long since) {
        Document document = publicDocument(id);
        pl.metryka.application.RegisterProofs.DocumentProofs register = proofs.forDocument(document.id());
        DocumentIndex index = register.index(document.id());
        VerificationBundle bundle = new VerificationBundle(RegisterResource.KeyJson.of(key), register, assembler.view(document, site()),
                DocumentIndexJson.of(index, key.sign(index.signedText())));
        if (since != null && since > 0 && since <= register.head().size()) {
            bundle.consistency(proofs.consistency(since, register.head().size()));
        }
        for (Revision r : document.publishedRevisions()) {
            bundle.revision(assembler.revision(r, site(), api()));
            for (Attachment a : r.attachments()) {
                catalog.attachmentContent(a.sha256()).ifPresent(content -> bundle.attachment(r.number(), a.position(), a.fileName(), content));
            }
        }
        return Response.ok(bundle.finish(), "application/zip")
                .header("Content-Disposition", pl.metryka.interfaces.web.shared.ContentDisposition.attachment(
                        "metryka-" + document.slug() + "-paczka-weryfikacyjna.zip"))
                .header("Cache-Control", "no-cache")
                .build();
    }

    @POST
    @Operation(summary = "Nowy dokument", description = "Tworzy szkic albo, z publish=true, od razu publikuje (redaktor naczelny).")
    @APIResponse(responseCode = "201", description = "Utworzony", content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @SecurityRequirement(name = RestApplication.BASIC_AUTH)
    @APIResponse(responseCode = "400", description = "Niepoprawne dane; errors[] wskazuje pola", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "Wymagane uwierzytelnienie", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Brak uprawnień", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response create(NewDocument body) {
        NewDocument request = required(body);
        DraftCommand command = new DraftCommand(request.title, request.categoryId, request.author, request.authorPosition,
                Dates.date("createdOn", request.createdOn), request.body, Uploads.decode(request.attachments));
        Document created = Boolean.TRUE.equals(request.publish)
                ? publishing.createAndPublish(command)
                : publishing.createDraft(command);
        Document fresh = catalog.visibleDocument(created.id()).orElse(created);
        return Response.created(URI.create(api() + "/documents/" + created.id())).entity(assembler.view(fresh, site())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Zmiana dokumentu (nowa wersja)",
            description = "Publikuje nową wersję opartą na baseRevision, z obowiązkowym powodem zmiany.")
    @APIResponse(responseCode = "200", description = "Dokument po zmianie")
    @APIResponse(responseCode = "409", description = "Konflikt: baseRevision nie jest bieżąca", content = @Content(schema = @Schema(implementation = ErrorMappers.ConflictError.class)))
    @SecurityRequirement(name = RestApplication.BASIC_AUTH)
    @APIResponse(responseCode = "400", description = "Niepoprawne dane; errors[] wskazuje pola", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "Wymagane uwierzytelnienie", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Brak uprawnień", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public DocumentView amend(@Parameter(description = "Identyfikator dokumentu") @PathParam("id") long id, Amendment body) {
        Amendment request = required(body);
        AmendCommand.WithheldPart withheld = request.withheld == null ? null
                : new AmendCommand.WithheldPart(request.withheld.scope, request.withheld.legalBasis, request.withheld.decidedBy,
                        request.withheld.inInterestOf);
        publishing.amend(id, new AmendCommand(request.title, request.body, request.author, request.authorPosition,
                Dates.date("createdOn", request.createdOn), request.reason, request.baseRevision, withheld,
                request.attachments == null ? null : Uploads.decode(request.attachments)));
        return get(id);
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Wycofanie dokumentu", description = "Z powodem i podstawą prawną; wersje pozostają dostępne.")
    @APIResponse(responseCode = "200", description = "Dokument wycofany")
    @APIResponse(responseCode = "409", description = "Niedozwolone w tym stanie", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @SecurityRequirement(name = RestApplication.BASIC_AUTH)
    @APIResponse(responseCode = "400", description = "Niepoprawne dane; errors[] wskazuje pola", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "Wymagane uwierzytelnienie", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Brak uprawnień", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public DocumentView withdraw(@Parameter(description = "Identyfikator dokumentu") @PathParam("id") long id, WithdrawalRequest body) {
        WithdrawalRequest request = required(body);
        publishing.withdraw(id, request.reason, request.legalBasis);
        return get(id);
    }

    @POST
    @Path("{id}/publication")
    @Operation(summary = "Publikacja szkicu", description = "Teraz albo w podanym momencie (at, ISO 8601 ze strefą).")
    @APIResponse(responseCode = "200", description = "Dokument opublikowany lub zaplanowany")
    @APIResponse(responseCode = "409", description = "Niedozwolone w tym stanie", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @SecurityRequirement(name = RestApplication.BASIC_AUTH)
    @APIResponse(responseCode = "400", description = "Niepoprawne dane; errors[] wskazuje pola", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "Wymagane uwierzytelnienie", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Brak uprawnień", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public DocumentView publish(@Parameter(description = "Identyfikator dokumentu") @PathParam("id") long id, PublicationRequest body) {
        Instant at = body == null ? null : Dates.instant("at", body.at);
        if (at == null) {
            publishing.publish(id);
        } else {
            publishing.schedule(id, at);
        }
        return get(id);
    }

    @POST
    @Path("{id}/archive")
    @Operation(summary = "Przeniesienie do archiwum")
    @APIResponse(responseCode = "200", description = "Dokument w archiwum")
    @APIResponse(responseCode = "409", description = "Niedozwolone w tym stanie", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @SecurityRequirement(name = RestApplication.BASIC_AUTH)
    @APIResponse(responseCode = "400", description = "Niepoprawne dane; errors[] wskazuje pola", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "Wymagane uwierzytelnienie", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Brak uprawnień", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public DocumentView archive(@Parameter(description = "Identyfikator dokumentu") @PathParam("id") long id, ArchiveRequest body) {
        publishing.archive(id, body == null ? null : body.reason);
        return get(id);
    }

    /** Only what citizens see: bundles and proofs are public material, never drafts. */
    private Document publicDocument(long id) {
        return catalog.visibleDocument(id).filter(Document::isPublic)
                .orElseThrow(() -> new NotFoundException("Nie ma dokumentu " + id + "."));
    }

    private Document document(long id) {
        return catalog.visibleDocument(id).orElseThrow(() -> new NotFoundException("Nie ma dokumentu " + id + "."));
    }

    private static Revision revision(Document document, int number) {
        return document.revision(number)
                .filter(r -> r.isPublished() || !document.isPublic())
                .orElseThrow(() -> new NotFoundException("Nie ma wersji " + number + "."));
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new BadRequestException("A JSON body is required.");
        }
        return body;
    }

    private String site() {
        return ApiUrls.site(address);
    }

    private String api() {
        return ApiUrls.api(address);
    }
}
