package pl.metryka.domain.model.document;

import java.util.List;
import java.util.Optional;

public interface AmendmentProposalRepository {

    Optional<AmendmentProposal> findForUpdate(long id);

    /** Open proposals of one document, oldest first. */
    List<AmendmentProposal> openFor(long documentId);

    /** Open proposals of all documents, oldest first. */
    List<AmendmentProposal> open(int limit);

    /** Every proposal for the document, whatever its status (a redaction reaches them all). */
    List<AmendmentProposal> allFor(long documentId);

    void store(AmendmentProposal proposal);
}
