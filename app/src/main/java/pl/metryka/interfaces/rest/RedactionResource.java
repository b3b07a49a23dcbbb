package pl.metryka.interfaces.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import pl.metryka.application.CurrentUser;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.application.NotFoundException;
import pl.metryka.application.PublicAddress;
import pl.metryka.application.RedactionWork;
import pl.metryka.application.Redactions;
import pl.metryka.domain.model.account.Role;
import pl.metryka.domain.model.document.Redaction;
import pl.metryka.domain.shared.InvalidInputException;

/**
 * Lawful removal of a passage or an attachment from published revisions (redaction), by a
 * REDAKTOR_NACZELNY; the list of a document's redactions is public like the register.
 */
@Path("documents/{id}/redactions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RedactionResource {

    @Inject
    private Redactions redactions;

    @Inject
    private DocumentCatalog catalog;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PublicAddress address;

    /** The request: {@code revisions} is a list of numbers or the string "all". */
    public static class RedactionRequest {
        public Object revisions;
        public String text;
        public AttachmentRef attachment;
        public String reason;
        public String legalBasis;
    }

    public static class AttachmentRef {
        public Integer revision;
        public Integer position;
    }

    public record RevisionChangeJson(int revision, int occurrences, String originalHash, String redactedHash) {}

    public record AttachmentRefJson(Integer revision, Integer position) {}

    /** A redaction as the API answers it; never the removed text. */
    public record RedactionJson(
            long id,
            long documentId,
            Instant at,
            String by,
            String kind,
            List<Integer> revisions,
            AttachmentRefJson attachment,
            String reason,
            String legalBasis,
            String stub,
            List<RevisionChangeJson> changes) {

        static RedactionJson of(Redaction r) {
            return new RedactionJson(
                    r.id(),
                    r.documentId(),
                    r.at(),
                    r.actorName(),
                    r.kind().name(),
                    r.revisionNumbers(),
                    r.attachmentRevision() == null
                            ? null
                            : new AttachmentRefJson(r.attachmentRevision(), r.attachmentPosition()),
                    r.reason(),
                    r.legalBasis(),
                    r.stub(),
                    r.revisions().stream()
                            .map(c -> new RevisionChangeJson(
                                    c.revision(), c.occurrences(), c.originalHash(), c.redactedHash()))
                            .toList());
        }
    }

    @GET
    public List<RedactionJson> list(@PathParam("id") long id) {
        // an unknown document is a 404, as the contract says, not an empty list
        catalog.visibleDocument(id).orElseThrow(() -> new NotFoundException("Nie ma dokumentu " + id + "."));
        return redactions.ofDocument(id).stream().map(RedactionJson::of).toList();
    }

    @POST
    public Response redact(@PathParam("id") long id, RedactionRequest body) {
        // checked here as well as on the service, so that nothing is parsed or looked up for anyone else
        if (currentUser.nameOrAnonymous() == null || !currentUser.isInRole(Role.Names.REDAKTOR_NACZELNY)) {
            throw new EJBAccessException("REDAKTOR_NACZELNY only");
        }
        if (body == null) {
            throw new BadRequestException("A JSON body is required.");
        }
        RedactionWork.Request request = new RedactionWork.Request(
                revisions(body.revisions),
                body.text,
                body.attachment == null ? null : body.attachment.revision,
                body.attachment == null ? null : body.attachment.position,
                body.reason,
                body.legalBasis);
        if (body.attachment != null && (body.attachment.revision == null || body.attachment.position == null)) {
            throw InvalidInputException.of("attachment", "redaction.attachment.required");
        }
        Redaction redaction = redactions.redact(id, request);
        return Response.created(URI.create(ApiUrls.api(address) + "/documents/" + id + "/redactions"))
                .entity(RedactionJson.of(redaction))
                .build();
    }

    /** null for "all"; otherwise the numbers, or a 400 naming the field. */
    static List<Integer> revisions(Object value) {
        if ("all".equals(value)) {
            return null;
        }
        if (value instanceof List<?> list && !list.isEmpty()) {
            List<Integer> numbers = new ArrayList<>();
            for (Object item : list) {
                if (item instanceof Number n && new BigDecimal(n.toString()).scale() <= 0) {
                    numbers.add(n.intValue());
                } else {
                    throw InvalidInputException.of("revisions", "redaction.revisions.notWhole");
                }
            }
            return numbers;
        }
        throw InvalidInputException.of("revisions", "redaction.revisions.invalid");
    }
}
