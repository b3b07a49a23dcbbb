package pl.metryka.interfaces.web.citizen;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.domain.model.document.Document;

/** The home page (strona podmiotowa): the newest public documents. */
@Named("home")
@RequestScoped
public class HomePage {

    @Inject
    private DocumentCatalog catalog;

    private List<Document> latest;

    public List<Document> getLatest() {
        if (latest == null) {
            latest = catalog.publicDocuments(0, 10).items();
        }
        return latest;
    }
}
