package pl.metryka.interfaces.web.panel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import pl.metryka.application.AmendmentProposals;
import pl.metryka.application.ClerkDesk;
import pl.metryka.domain.model.document.AmendmentProposal;

/** The dashboard ("Pulpit") at {@code /panel/}: a clerk's drafts and what waits, is scheduled or changed. */
@Named("desk")
@RequestScoped
public class DeskPage {

    @Inject
    private ClerkDesk clerkDesk;

    @Inject
    private PanelBean panel;

    @Inject
    private AmendmentProposals proposals;

    private ClerkDesk.Desk desk;
    private List<AmendmentProposal> openProposals;

    /** Amendments proposed by REDAKTORs, waiting for a REDAKTOR_NACZELNY. */
    public List<AmendmentProposal> getProposals() {
        if (openProposals == null) {
            openProposals = panel.isClerk() ? proposals.open(20) : List.of();
        }
        return openProposals;
    }

    /** Null for auditors and administrators, who have no documents to work on. */
    public ClerkDesk.Desk getDesk() {
        if (desk == null && panel.isClerk()) {
            desk = clerkDesk.desk();
        }
        return desk;
    }
}
