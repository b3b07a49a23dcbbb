package pl.metryka.interfaces.web.citizen;

import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.Revision;

/**
 * What a citizen's address under {@code /dokument/} resolved to: the document, the version asked
 * for (the current one unless a permalink names another) and the kind of page; for the current
 * page also the visit count its ETag was built on (null otherwise), so the page shows that same
 * count without reading it again.
 */
public record DocumentRoute(Kind kind, Document document, Revision revision, Long countedVisits) {

    public static final String ATTRIBUTE = "metryka.documentRoute";

    /** ELSEWHERE: "stan na dzień" before an imported document came here, when it was public in the former BIP. */
    public enum Kind {
        PAGE,
        VERSION,
        COMPARE,
        PRINT,
        PDF,
        VERSION_PDF,
        ATTACHMENT,
        VERIFICATION,
        ELSEWHERE
    }

    public boolean isArchivalVersion() {
        return kind == Kind.VERSION
                && (revision.number() != document.currentRevisionNumber()
                        || !document.isPublic()
                        || document.withdrawal() != null);
    }
}
