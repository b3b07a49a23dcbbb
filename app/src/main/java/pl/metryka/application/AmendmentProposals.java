package pl.metryka.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import pl.metryka.domain.model.account.Role;
import pl.metryka.domain.model.document.AmendmentProposal;
import pl.metryka.domain.model.document.AmendmentProposalRepository;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.DocumentRepository;
import pl.metryka.domain.model.document.DocumentStateException;
import pl.metryka.domain.model.document.Editor;
import pl.metryka.domain.model.document.Revision;
import pl.metryka.domain.model.document.RevisionContent;
import pl.metryka.domain.shared.FieldError;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.domain.shared.Moment;

/**
 * Amendments proposed by clerks who may not publish: a REDAKTOR proposes, a REDAKTOR_NACZELNY
 * publishes the proposal through {@link PublishingService#amend} (so it gets its revision and
 * register entry like any amendment) or rejects it. Proposals keep the current attachments.
 */
@Stateless
public class AmendmentProposals {

    private static final Logger LOG = Logger.getLogger(AmendmentProposals.class.getName());

    @Inject
    private AmendmentProposalRepository proposals;

    @Inject
    private DocumentRepository documents;

    @Inject
    private PublishingService publishing;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private BodySanitizer bodies;

    @RolesAllowed({Role.Names.REDAKTOR, Role.Names.REDAKTOR_NACZELNY})
    public AmendmentProposal propose(long documentId, AmendCommand command) {
        Editor editor = currentUser.editor();
        Document document = documents
                .find(documentId)
                .orElseThrow(() -> new NotFoundException("Nie ma dokumentu " + documentId + "."));
        if (!document.isPublic() || document.currentRevisionNumber() == null) {
            throw DocumentStateException.of("amendment.document.notPublished");
        }
        List<FieldError> errors = new ArrayList<>();
        if (command.reason() == null || command.reason().isBlank()) {
            errors.add(FieldError.of("reason", "amendment.reason.required"));
        }
        Revision current = document.currentRevision();
        RevisionContent content = new RevisionContent(
                command.title(),
                bodies.sanitize(command.body()),
                command.author(),
                command.authorPosition(),
                command.createdOn(),
                null,
                current.attachments().stream().map(a -> a.file()).toList());
        errors.addAll(content.violations(LocalDate.now(Moment.POLAND)));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int base = command.baseRevision() == null ? current.number() : command.baseRevision();
        AmendmentProposal proposal = new AmendmentProposal(
                documentId, base, content, command.reason().strip(), editor, Moment.now());
        proposals.store(proposal);
        LOG.info(() -> "Amendment of document " + documentId + " proposed by " + editor.username());
        return proposal;
    }

    @RolesAllowed({Role.Names.REDAKTOR, Role.Names.REDAKTOR_NACZELNY})
    public List<AmendmentProposal> openFor(long documentId) {
        return proposals.openFor(documentId);
    }

    @RolesAllowed({Role.Names.REDAKTOR, Role.Names.REDAKTOR_NACZELNY})
    public List<AmendmentProposal> open(int limit) {
        return proposals.open(limit);
    }

    /** Publishes the proposal as the clerk may have edited it ({@code command}); a conflict if the document moved on. */
    @RolesAllowed(Role.Names.REDAKTOR_NACZELNY)
    public Revision publish(long proposalId, AmendCommand command) {
        AmendmentProposal proposal = proposals
                .findForUpdate(proposalId)
                .orElseThrow(() -> new NotFoundException("Nie ma propozycji " + proposalId + "."));
        proposal.decide(AmendmentProposal.Status.PUBLISHED, currentUser.editor(), Moment.now());
        Revision revision = publishing.amend(proposal.documentId(), command);
        proposals.store(proposal);
        return revision;
    }

    @RolesAllowed(Role.Names.REDAKTOR_NACZELNY)
    public void reject(long proposalId) {
        AmendmentProposal proposal = proposals
                .findForUpdate(proposalId)
                .orElseThrow(() -> new NotFoundException("Nie ma propozycji " + proposalId + "."));
        proposal.decide(AmendmentProposal.Status.REJECTED, currentUser.editor(), Moment.now());
        proposals.store(proposal);
    }
}
