package pl.metryka.interfaces.web.citizen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.application.Redactions;
import pl.metryka.application.VisitCounter;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.Revision;

/**
 * Fills a {@link DocumentSheet} with what it lists beside the versions (the redactions, the moves)
 * and the visits, so that the page and its PDF cannot come to show a different sheet.
 */
@ApplicationScoped
public class DocumentSheets {

    @Inject
    private VisitCounter visits;

    @Inject
    private Redactions redactions;

    @Inject
    private DocumentCatalog catalog;

    /**
     * {@code countedVisits}: the count the route already took for this view (its ETag holds that
     * number), or null to take it now.
     */
    DocumentSheet of(Document document, Revision revision, boolean versionView, Long countedVisits) {
        long shown = countedVisits != null ? countedVisits : visits.shownVisits(document.id());
        return new DocumentSheet(document, revision, versionView, shown)
                .withRedactions(redactions.ofDocument(document.id()))
                .withMoves(catalog.movesOf(document.id()));
    }
}
