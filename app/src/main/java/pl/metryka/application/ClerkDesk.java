package pl.metryka.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import pl.metryka.domain.model.account.Role;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.DocumentStatus;
import pl.metryka.domain.model.document.DocumentWorklist;
import pl.metryka.domain.shared.Paging;

/** What the back office lists for clerks: their desk and all documents, drafts included. */
@Stateless
@RolesAllowed({Role.Names.REDAKTOR, Role.Names.REDAKTOR_NACZELNY})
public class ClerkDesk {

    static final int DESK_ROWS = 10;

    @Inject
    private DocumentWorklist worklist;

    @Inject
    private CurrentUser currentUser;

    /** The dashboard ("Pulpit"): each list holds at most {@value #DESK_ROWS} documents. */
    public record Desk(
            List<Document> myDrafts,
            List<Document> waiting,
            List<Document> scheduled,
            List<Document> recentlyPublished,
            List<Document> recentlyChanged) {}

    public Desk desk() {
        return new Desk(
                worklist.draftsOf(currentUser.editor().username(), DESK_ROWS),
                worklist.waitingForPublication(DESK_ROWS),
                worklist.scheduled(DESK_ROWS),
                worklist.recentlyPublished(DESK_ROWS),
                worklist.recentlyChanged(DESK_ROWS));
    }

    public DocumentCatalog.Page<Document> documents(DocumentStatus status, String titleContains, int page, int size) {
        return new DocumentCatalog.Page<>(
                worklist.find(status, titleContains, Paging.offset(page, size), size),
                worklist.count(status, titleContains));
    }
}
