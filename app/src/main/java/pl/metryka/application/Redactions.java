package pl.metryka.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import pl.metryka.domain.model.account.Role;
import pl.metryka.domain.model.document.Redaction;
import pl.metryka.domain.model.document.RedactionRepository;
import pl.metryka.domain.shared.Moment;

/**
 * Lawful removal from published history (udip art. 8 ust. 5, RODO art. 17): a REDAKTOR_NACZELNY
 * removes a passage of a published body, or one attachment file, from one, several or all
 * published revisions, with a reason and a legal basis, in one transaction with its REDACTED
 * register entries (the work is in {@link RedactionWork}). The API and the editor's page both
 * come here; the role is checked on the server.
 */
@Stateless
public class Redactions {

    @Inject
    private RedactionWork work;

    @Inject
    private RedactionRepository redactions;

    @Inject
    private CurrentUser currentUser;

    @RolesAllowed(Role.Names.REDAKTOR_NACZELNY)
    public RedactionWork.Preview preview(long documentId, RedactionWork.Request request) {
        return work.preview(documentId, request);
    }

    @RolesAllowed(Role.Names.REDAKTOR_NACZELNY)
    public Redaction redact(long documentId, RedactionWork.Request request) {
        return work.redact(documentId, request, currentUser.editor(), Moment.now());
    }

    /** The document's redactions, oldest first: public, like the register (they hold no removed data). */
    public List<Redaction> ofDocument(long documentId) {
        return redactions.ofDocument(documentId);
    }
}
