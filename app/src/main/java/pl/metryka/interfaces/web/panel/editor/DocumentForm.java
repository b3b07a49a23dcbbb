package pl.metryka.interfaces.web.panel.editor;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import pl.metryka.application.AmendCommand;
import pl.metryka.application.DraftCommand;
import pl.metryka.application.NewAttachment;
import pl.metryka.domain.model.document.AmendmentProposal;
import pl.metryka.domain.model.document.Authorship;
import pl.metryka.domain.model.document.Revision;
import pl.metryka.domain.model.document.Withholding;

/**
 * What the clerk writes: the text and its metryka, the reason for a change and an Art. 8 ust. 5
 * exclusion. It turns into the services' commands; the rules are checked there, not here.
 */
public final class DocumentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private Long categoryId;
    private String author;
    private String authorPosition;
    private LocalDate createdOn;
    private String body;
    private String reason;
    private String withheldScope;
    private String withheldBasis;
    private String withheldBy;
    private String withheldInInterestOf;

    void fillFrom(Revision current, Long categoryId) {
        this.title = current.title();
        this.categoryId = categoryId;
        fillFrom(current.metryka().authorship());
        this.body = current.body();
        Withholding w = current.withholding();
        withheldScope = w == null ? null : w.scope();
        withheldBasis = w == null ? null : w.legalBasis();
        withheldBy = w == null ? null : w.decidedBy();
        withheldInInterestOf = w == null ? null : w.inInterestOf();
    }

    /** A proposal replaces the text and the reason; the category and any exclusion stay. */
    void fillFrom(AmendmentProposal proposal) {
        title = proposal.title();
        body = proposal.body();
        fillFrom(proposal.authorship());
        reason = proposal.reason();
    }

    private void fillFrom(Authorship authorship) {
        author = authorship.author();
        authorPosition = authorship.authorPosition();
        createdOn = authorship.createdOn();
    }

    /** The text in comparable form, the body as the sanitizer would store it (to tell whether a save is needed). */
    String snapshot(String sanitizedBody) {
        StringBuilder text = new StringBuilder();
        for (Object value : new Object[] {title, categoryId, author, authorPosition, createdOn, sanitizedBody}) {
            text.append(value == null ? "" : value.toString().strip()).append('\u0000');
        }
        return text.toString();
    }

    DraftCommand draft(List<NewAttachment> attachments) {
        return new DraftCommand(title, categoryId, author, authorPosition, createdOn, body, attachments);
    }

    AmendCommand amendment(Integer baseRevision, List<NewAttachment> attachments) {
        return new AmendCommand(
                title, body, author, authorPosition, createdOn, reason, baseRevision, withheldPart(), attachments);
    }

    /** A REDAKTOR's proposal carries the text only; files and exclusions are the publisher's. */
    AmendCommand proposal(Integer baseRevision) {
        return new AmendCommand(title, body, author, authorPosition, createdOn, reason, baseRevision, null, null);
    }

    boolean hasReason() {
        return reason != null && !reason.isBlank();
    }

    /** The exclusion as the preview shows it: only when a scope is given. */
    Withholding withholding() {
        return blankToNull(withheldScope) == null
                ? null
                : new Withholding(withheldScope, withheldBasis, withheldBy, withheldInInterestOf);
    }

    private AmendCommand.WithheldPart withheldPart() {
        return blankToNull(withheldScope) == null
                        && blankToNull(withheldBasis) == null
                        && blankToNull(withheldBy) == null
                        && blankToNull(withheldInInterestOf) == null
                ? null
                : new AmendCommand.WithheldPart(withheldScope, withheldBasis, withheldBy, withheldInInterestOf);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public String getAuthorPosition() {
        return authorPosition;
    }

    public void setAuthorPosition(String authorPosition) {
        this.authorPosition = authorPosition;
    }

    public LocalDate getCreatedOn() {
        return createdOn;
    }

    public void setCreatedOn(LocalDate createdOn) {
        this.createdOn = createdOn;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getWithheldScope() {
        return withheldScope;
    }

    public void setWithheldScope(String withheldScope) {
        this.withheldScope = withheldScope;
    }

    public String getWithheldBasis() {
        return withheldBasis;
    }

    public void setWithheldBasis(String withheldBasis) {
        this.withheldBasis = withheldBasis;
    }

    public String getWithheldBy() {
        return withheldBy;
    }

    public void setWithheldBy(String withheldBy) {
        this.withheldBy = withheldBy;
    }

    public String getWithheldInInterestOf() {
        return withheldInInterestOf;
    }

    public void setWithheldInInterestOf(String withheldInInterestOf) {
        this.withheldInInterestOf = withheldInInterestOf;
    }
}
