package pl.metryka.interfaces.web.citizen;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import pl.metryka.application.RegisterProofs;
import pl.metryka.application.tlog.Cosignatures;
import pl.metryka.application.tlog.RegisterKey;
import pl.metryka.application.tlog.TransparencyLog;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.Revision;
import pl.metryka.domain.model.register.RegisterEntry;
import pl.metryka.domain.model.register.TreeHead;
import pl.metryka.domain.model.tlog.Cosignature;
import pl.metryka.interfaces.web.shared.Routes;

/**
 * Backs {@code /dokument/{slug}/weryfikacja}: the data the page shows (revisions with content
 * hashes, the document's register entries, the latest signed head, the key). The page's script
 * recomputes and checks all of it in the browser from the public API; the server only lists it.
 */
@Named("verification")
@RequestScoped
public class VerificationPage {

    @Inject
    private HttpServletRequest request;

    @Inject
    private RegisterProofs proofs;

    @Inject
    private RegisterKey key;

    @Inject
    private TransparencyLog log;

    @Inject
    private Cosignatures cosignatures;

    private DocumentRoute route;
    private RegisterProofs.DocumentProofs register;

    @PostConstruct
    void load() {
        route = (DocumentRoute) request.getAttribute(DocumentRoute.ATTRIBUTE);
        if (route != null) {
            register = proofs.forDocument(route.document().id());
        }
    }

    public boolean isFound() {
        return route != null;
    }

    public Document getDocument() {
        return route.document();
    }

    public String getTitle() {
        return route.revision().title();
    }

    public List<Revision> getRevisions() {
        return route.document().publishedRevisions();
    }

    public List<RegisterEntry> getEntries() {
        return register.entries();
    }

    public TreeHead getHead() {
        return register.head();
    }

    public String getPublicKey() {
        return key.publicKeyBase64();
    }

    /** The C2SP verifier key of /tlog/checkpoint (docs/register-format.md, section 7). */
    public String getVerifierKey() {
        return log.verifierKey();
    }

    /** Whether witnesses are configured, so their cosignatures (or their absence) are shown. */
    public boolean isWitnessed() {
        return !cosignatures.witnesses().isEmpty();
    }

    /** The configured witnesses' cosignatures of the latest checkpoint. */
    public List<Cosignature> getCosignatures() {
        return log.latest().map(cosignatures::of).orElse(List.of());
    }

    public String getDocumentUrl() {
        return Routes.document(route.document().slug());
    }

    /** The public API root the script reads, relative to the site. */
    public String getApi() {
        return request.getContextPath() + "/api/v1";
    }

    public String getBundleUrl() {
        return getApi() + "/documents/" + route.document().id() + "/bundle";
    }
}
