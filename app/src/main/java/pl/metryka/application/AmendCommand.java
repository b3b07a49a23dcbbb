package pl.metryka.application;

import java.time.LocalDate;
import java.util.List;

/**
 * A new revision of a published document, based on {@code baseRevision}. {@code attachments}
 * null keeps those of the current revision; {@code withheld} records an Art. 8 ust. 5 exclusion.
 */
public record AmendCommand(
        String title,
        String body,
        String author,
        String authorPosition,
        LocalDate createdOn,
        String reason,
        Integer baseRevision,
        WithheldPart withheld,
        List<NewAttachment> attachments) {

    /** Art. 8 ust. 5: what is excluded, on what basis, who decided, in whose interest. */
    public record WithheldPart(String scope, String legalBasis, String decidedBy, String inInterestOf) {}
}
