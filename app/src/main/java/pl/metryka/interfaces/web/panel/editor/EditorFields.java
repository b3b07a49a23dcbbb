package pl.metryka.interfaces.web.panel.editor;

import java.util.HashMap;
import java.util.Map;

/** The domain's field names → component ids of the form "edytor", for {@code FieldMessages}. */
final class EditorFields {

    static final String FORM = "edytor";

    static final Map<String, String> DOCUMENT = Map.ofEntries(
            Map.entry("title", "title"),
            Map.entry("categoryId", "category"),
            Map.entry("author", "author"),
            Map.entry("authorPosition", "authorPosition"),
            Map.entry("createdOn", "createdOn"),
            Map.entry("body", "body"),
            Map.entry(AttachmentList.FIELD, "upload"),
            Map.entry("reason", "reason"),
            Map.entry("withholding", "withheldScope"),
            Map.entry("withheld.inInterestOf", "withheldInInterestOf"),
            Map.entry("legalBasis", "withdrawBasis"),
            Map.entry("scheduleAt", "scheduleAt"));

    /** On withdrawal the domain's "reason" is the withdrawal's, not an amendment's. */
    static final Map<String, String> WITHDRAWAL = withdrawal();

    /** Moving to another category: the domain's "categoryId" and "reason" are the move form's. */
    static final Map<String, String> MOVE = Map.of("categoryId", "moveCategory", "reason", "moveReason");

    private EditorFields() {}

    private static Map<String, String> withdrawal() {
        Map<String, String> map = new HashMap<>(DOCUMENT);
        map.put("reason", "withdrawReason");
        map.put("withdrawReason", "withdrawReason");
        return Map.copyOf(map);
    }
}
