package pl.metryka.interfaces.web.panel.editor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import pl.metryka.application.AmendmentProposals;
import pl.metryka.domain.model.document.AmendmentProposal;
import pl.metryka.interfaces.web.shared.Language;

/**
 * The editing screen's list of open amendment proposals, for a REDAKTOR_NACZELNY to load into the
 * form (and then publish as an amendment) or to reject. A part of {@link EditorPage} (the same view).
 */
@Named("editorProposals")
@ViewScoped
public class ProposalReview implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EditorPage editor;

    @Inject
    private AmendmentProposals proposals;

    @Inject
    private Language lang;

    /** Open proposals of this document. */
    public List<AmendmentProposal> getProposals() {
        return editor.getId() == null || !editor.getFacts().isPublished()
                ? List.of()
                : proposals.openFor(editor.getId());
    }

    /** Puts a proposal into the form, based on the revision it was written against, so a stale one shows as a conflict. */
    public void loadProposal(AmendmentProposal proposal) {
        editor.proposalLoaded(proposal.id());
        editor.getForm().fillFrom(proposal);
        editor.getFacts().basedOn(proposal.baseRevision());
        editor.steps().back();
        EditorPage.info(lang.text("editor.proposal.loaded") + " " + proposal.proposedByName() + ".");
    }

    public String rejectProposal(AmendmentProposal proposal) {
        proposals.reject(proposal.id());
        return EditorResult.REJECTED.redirect(editor.getId());
    }
}
