package pl.metryka.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import pl.metryka.application.ImportCommand;
import pl.metryka.application.ImportResult;
import pl.metryka.application.ImportService;
import pl.metryka.domain.model.document.Editor;
import pl.metryka.domain.model.document.Withholding;
import pl.metryka.interfaces.rest.ImportRequests.ImportedDocument;
import pl.metryka.interfaces.rest.ImportRequests.ImportedRevision;

/**
 * Bulk import from another BIP (administrators only): one document with its whole history per
 * request and per transaction. {@code GET /import} answers who would import, so a client can
 * check the address and credentials before it starts.
 */
@Path("import")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImportResource {

    @Inject
    private ImportService imports;

    public record Importer(String username, String fullName) {}

    @GET
    public Importer importer() {
        Editor editor = imports.importer();
        return new Importer(editor.username(), editor.fullName());
    }

    /** 201 for a new document, 200 for one skipped or updated; 400 with every field error otherwise. */
    @POST
    @Path("documents")
    public Response importDocument(ImportedDocument body) {
        if (body == null) {
            throw new BadRequestException("A JSON body is required.");
        }
        List<ImportCommand.ImportedRevision> revisions = new ArrayList<>();
        List<ImportedRevision> given = body.revisions == null ? List.of() : body.revisions;
        for (int i = 0; i < given.size(); i++) {
            ImportedRevision r = given.get(i);
            revisions.add(new ImportCommand.ImportedRevision(
                    r.title,
                    r.body,
                    r.author,
                    r.authorPosition,
                    r.createdOn,
                    r.publishedAt,
                    r.editor,
                    r.reason,
                    Uploads.decode(r.attachments, "revisions[" + i + "].attachments"),
                    r.withheld == null
                            ? null
                            : new Withholding(
                                    r.withheld.scope,
                                    r.withheld.legalBasis,
                                    r.withheld.decidedBy,
                                    r.withheld.inInterestOf)));
        }
        ImportCommand.ImportedWithdrawal withdrawal = body.withdrawal == null
                ? null
                : new ImportCommand.ImportedWithdrawal(
                        body.withdrawal.at, body.withdrawal.reason, body.withdrawal.legalBasis, body.withdrawal.by);
        ImportResult result =
                imports.importDocument(new ImportCommand(body.sourceId, body.category, revisions, withdrawal));
        return Response.status(
                        result.outcome() == ImportResult.Outcome.IMPORTED
                                ? Response.Status.CREATED
                                : Response.Status.OK)
                .entity(result)
                .build();
    }
}
