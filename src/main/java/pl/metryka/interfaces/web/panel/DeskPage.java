package pl.metryka.interfaces.web.panel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.metryka.application.ClerkDesk;

/** The dashboard ("Pulpit") at {@code /panel/}: a clerk's drafts and what waits, is scheduled or changed. */
@Named("desk")
@RequestScoped
public class DeskPage {

    @Inject
    private ClerkDesk clerkDesk;
    @Inject
    private PanelBean panel;

    private ClerkDesk.Desk desk;

    /** Null for auditors and administrators, who have no documents to work on. */
    public ClerkDesk.Desk getDesk() {
        if (desk == null && panel.isClerk()) {
            desk = clerkDesk.desk();
        }
        return desk;
    }
}
