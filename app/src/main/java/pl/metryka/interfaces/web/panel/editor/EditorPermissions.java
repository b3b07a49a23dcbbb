package pl.metryka.interfaces.web.panel.editor;

/**
 * What the clerk may do with the document on the editing screen: which fields are open and which
 * buttons show. Only the page's face: every action's service checks the role again on the server.
 */
public final class EditorPermissions {

    private final boolean isNew;
    private final DocumentFacts facts;
    private final boolean clerk;
    private final boolean naczelny;

    EditorPermissions(boolean isNew, DocumentFacts facts, boolean clerk, boolean naczelny) {
        this.isNew = isNew;
        this.facts = facts;
        this.clerk = clerk;
        this.naczelny = naczelny;
    }

    public boolean isNew() {
        return isNew;
    }

    public boolean isDraft() {
        return facts.isDraft();
    }

    public boolean isPublished() {
        return facts.isPublished();
    }

    public boolean isEditable() {
        return isNew || isDraft() || isPublished() && clerk;
    }

    /** A REDAKTOR amends by proposing; a REDAKTOR_NACZELNY publishes. */
    public boolean isProposing() {
        return isPublished() && !naczelny;
    }

    public boolean isAmending() {
        return isPublished();
    }

    public boolean isCanPublish() {
        return naczelny && isDraft();
    }

    public boolean isCanWithdraw() {
        return naczelny && isPublished();
    }

    public boolean isCanArchive() {
        return naczelny && facts.isArchivable();
    }
}
