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
import pl.metryka.application.RegisterProofs;
import pl.metryka.application.tlog.RegisterKey;
import pl.metryka.domain.model.document.Attachment;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.Revision;
import pl.metryka.domain.model.register.DocumentIndex;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.interfaces.rest.DocumentJson.DocumentList;
import pl.metryka.interfaces.rest.DocumentJson.DocumentView;
import pl.metryka.interfaces.rest.DocumentJson.RevisionSummary;
import pl.metryka.interfaces.rest.DocumentJson.RevisionView;
import pl.metryka.interfaces.rest.DocumentRequests.Amendment;
import pl.metryka.interfaces.rest.DocumentRequests.ArchiveRequest;
import pl.metryka.interfaces.rest.DocumentRequests.MoveRequest;
import pl.metryka.interfaces.rest.DocumentRequests.NewDocument;
import pl.metryka.interfaces.rest.DocumentRequests.PublicationRequest;
import pl.metryka.interfaces.rest.DocumentRequests.WithdrawalRequest;
import pl.metryka.interfaces.web.shared.ContentDisposition;

/** Documents and their revisions: read by anyone (drafts only by clerks), written by clerks with the right role. */
@Path("documents")
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
    private RegisterProofs proofs;

    @Inject
    private RegisterKey key;

    @Context
    private UriInfo uri;

    @Inject
    private PublicAddress address;

    @Context
    private HttpServletResponse response;

    @GET
    public DocumentList list(
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size,
            @QueryParam("category") String category) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException(page < 0 ? "page" : "size", "page >= 0, 1 <= size <= " + MAX_PAGE_SIZE);
        }
        DocumentCatalog.Page<Document> result = category == null || category.isBlank()
                ? catalog.publicDocuments(page, size)
                : catalog.publicDocumentsUnder(
                        catalog.category(category.strip())
                                .orElseThrow(() -> new NotFoundException("Nie ma kategorii " + category + ".")),
                        false,
                        page,
                        size);
        response.setHeader("Link", PageLinks.pages(uri, address, page, size, result.total()));
        return new DocumentList(
                result.items().stream().map(d -> assembler.view(d, site())).toList(), result.total());
    }

    @GET
    @Path("{id}")
    public DocumentView get(@PathParam("id") long id) {
        return assembler.view(document(id), site());
    }

    @GET
    @Path("{id}/revisions")
    public List<RevisionSummary> revisions(@PathParam("id") long id) {
        return document(id).publishedRevisions().stream()
                .map(r -> assembler.summary(r, site()))
                .toList();
    }

    @GET
    @Path("{id}/revisions/{n}")
    public RevisionView revision(@PathParam("id") long id, @PathParam("n") int number) {
        return assembler.revision(revision(document(id), number), site(), api());
    }

    @GET
    @Path("{id}/revisions/{n}/attachments/{position}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(
            @PathParam("id") long id, @PathParam("n") int number, @PathParam("position") int position) {
        Attachment attachment = revision(document(id), number).attachments().stream()
                .filter(a -> a.position() == position)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Nie ma załącznika " + position + "."));
        byte[] content = catalog.attachmentContent(attachment.sha256())
                .orElseThrow(() -> new NotFoundException("Brak treści załącznika."));
        return Response.ok(content, attachment.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(attachment.fileName()))
                .header("ETag", "\"" + attachment.sha256() + "\"")
                .build();
    }

    /** The document's register entries with inclusion proofs under the latest signed head, the head and the key. */
    @GET
    @Path("{id}/proofs")
    public DocumentProofsJson proofs(@PathParam("id") long id) {
        Document document = publicDocument(id);
        return DocumentProofsJson.of(
                document.id(), proofs.forDocument(document.id()), RegisterResource.KeyJson.of(key));
    }

    /**
     * The verification bundle (ZIP) that {@code metryka-verifier.jar} checks offline; {@code since}
     * adds a consistency proof from a head the reader saved earlier.
     */
    @GET
    @Path("{id}/bundle")
    @Produces("application/zip")
    public Response bundle(@PathParam("id") long id, @QueryParam("since") Long since) {
        Document document = publicDocument(id);
        RegisterProofs.DocumentProofs register = proofs.forDocument(document.id());
        DocumentIndex index = register.index(document.id());
        VerificationBundle bundle = new VerificationBundle(
                RegisterResource.KeyJson.of(key),
                register,
                assembler.view(document, site()),
                DocumentIndexJson.of(index, key.sign(index.signedText())));
        if (since != null && since > 0 && since <= register.head().size()) {
            bundle.consistency(proofs.consistency(since, register.head().size()));
        }
        for (Revision r : document.publishedRevisions()) {
            bundle.revision(assembler.revision(r, site(), api()));
            for (Attachment a : r.attachments()) {
                catalog.attachmentContent(a.sha256())
                        .ifPresent(content -> bundle.attachment(r.number(), a.position(), a.fileName(), content));
            }
        }
        return Response.ok(bundle.finish(), "application/zip")
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment("metryka-" + document.slug() + "-paczka-weryfikacyjna.zip"))
                .header("Cache-Control", "no-cache")
                .build();
    }

    @POST
    public Response create(NewDocument body) {
        NewDocument request = required(body);
        DraftCommand command = new DraftCommand(
                request.title,
                request.categoryId,
                request.author,
                request.authorPosition,
                Dates.date("createdOn", request.createdOn),
                request.body,
                Uploads.decode(request.attachments));
        Document created = Boolean.TRUE.equals(request.publish)
                ? publishing.createAndPublish(command)
                : publishing.createDraft(command);
        Document fresh = catalog.visibleDocument(created.id()).orElse(created);
        return Response.created(URI.create(api() + "/documents/" + created.id()))
                .entity(assembler.view(fresh, site()))
                .build();
    }

    @PUT
    @Path("{id}")
    public DocumentView amend(@PathParam("id") long id, Amendment body) {
        Amendment request = required(body);
        AmendCommand.WithheldPart withheld = request.withheld == null
                ? null
                : new AmendCommand.WithheldPart(
                        request.withheld.scope,
                        request.withheld.legalBasis,
                        request.withheld.decidedBy,
                        request.withheld.inInterestOf);
        publishing.amend(
                id,
                new AmendCommand(
                        request.title,
                        request.body,
                        request.author,
                        request.authorPosition,
                        Dates.date("createdOn", request.createdOn),
                        request.reason,
                        request.baseRevision,
                        withheld,
                        request.attachments == null ? null : Uploads.decode(request.attachments)));
        return get(id);
    }

    @POST
    @Path("{id}/withdrawal")
    public DocumentView withdraw(@PathParam("id") long id, WithdrawalRequest body) {
        WithdrawalRequest request = required(body);
        publishing.withdraw(id, request.reason, request.legalBasis);
        return get(id);
    }

    @POST
    @Path("{id}/publication")
    public DocumentView publish(@PathParam("id") long id, PublicationRequest body) {
        Instant at = body == null ? null : Dates.instant("at", body.at);
        if (at == null) {
            publishing.publish(id);
        } else {
            publishing.schedule(id, at);
        }
        return get(id);
    }

    @POST
    @Path("{id}/category")
    public DocumentView move(@PathParam("id") long id, MoveRequest body) {
        MoveRequest request = required(body);
        publishing.moveToCategory(id, request.categoryId, request.reason);
        return get(id);
    }

    @POST
    @Path("{id}/archive")
    public DocumentView archive(@PathParam("id") long id, ArchiveRequest body) {
        publishing.archive(id, body == null ? null : body.reason);
        return get(id);
    }

    /** Only what citizens see: bundles and proofs are public material, never drafts. */
    private Document publicDocument(long id) {
        return catalog.visibleDocument(id)
                .filter(Document::isPublic)
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
