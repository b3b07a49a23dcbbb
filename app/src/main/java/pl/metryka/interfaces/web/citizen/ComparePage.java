package pl.metryka.interfaces.web.citizen;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import pl.metryka.application.diff.FieldChange;
import pl.metryka.application.diff.MetrykaDiff;
import pl.metryka.application.diff.WordDiff;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.MetrykaView;
import pl.metryka.domain.model.document.Revision;
import pl.metryka.domain.model.document.Withholding;
import pl.metryka.interfaces.web.shared.Formats;
import pl.metryka.interfaces.web.shared.Language;

/**
 * "Porównaj": any two published versions, word by word, with the metryka fields that changed.
 * The versions are chosen with {@code ?od=&do=} (a plain GET form), so a comparison has an address;
 * {@code &widok=obok} shows them side by side instead of as one text with the marks inline.
 */
@Named("compare")
@RequestScoped
public class ComparePage {

    @Inject
    private HttpServletRequest request;

    @Inject
    private Language language;

    @Inject
    private Formats fmt;

    private Document document;
    private Revision from;
    private Revision to;
    private WordDiff diff;
    private List<FieldChange> metrykaChanges;
    private ResourceBundle msg;

    /** {@code ?widok=obok}: the two versions side by side; otherwise one text with the marks inline. */
    static final String VIEW = "widok";

    static final String SIDE_BY_SIDE = "obok";

    @PostConstruct
    void load() {
        DocumentRoute route = (DocumentRoute) request.getAttribute(DocumentRoute.ATTRIBUTE);
        if (route == null) {
            return;
        }
        document = route.document();
        int current = document.currentRevisionNumber();
        int toNumber = number("do", current);
        int fromNumber = number("od", Math.max(1, toNumber - 1));
        from = document.revision(fromNumber)
                .filter(Revision::isPublished)
                .orElse(document.revisions().get(0));
        to = document.revision(toNumber).filter(Revision::isPublished).orElse(document.currentRevision());
        diff = WordDiff.compare(from.body(), to.body());
        msg = ResourceBundle.getBundle("pl.metryka.i18n.messages", language.getLocale());
        metrykaChanges = MetrykaDiff.compare(fields(from, msg), fields(to, msg));
    }

    private Map<String, String> fields(Revision r, ResourceBundle msg) {
        MetrykaView m = MetrykaView.of(document, r);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(msg.getString("doc.title"), r.title());
        fields.put(msg.getString("doc.issuer"), m.issuer());
        fields.put(msg.getString("doc.author"), m.authorWithPosition());
        fields.put(msg.getString("doc.createdOn"), fmt.date(m.createdOn()));
        fields.put(msg.getString("doc.editor"), m.editor());
        fields.put(msg.getString("doc.versionPublishedAt"), fmt.dateTime(m.versionPublishedAt()));
        fields.put(
                msg.getString("doc.publishedElsewhereAt"),
                m.publishedElsewhereAt() == null ? "" : fmt.dateTime(m.publishedElsewhereAt()));
        fields.put(msg.getString("doc.history.reason"), m.reason() == null ? "" : m.reason());
        Withholding w = r.withholding();
        fields.put(
                msg.getString("doc.withheld"),
                w == null
                        ? ""
                        : w.scope() + " (" + w.legalBasis() + "; " + w.decidedBy()
                                + (w.inInterestOf() == null ? "" : "; " + w.inInterestOf()) + ")");
        fields.put(
                msg.getString("doc.attachments"),
                String.join(
                        ", ",
                        r.attachments().stream()
                                .map(a -> a.fileName() + " [" + a.sha256().substring(0, 12) + "]")
                                .toList()));
        return fields;
    }

    private int number(String parameter, int fallback) {
        try {
            return Integer.parseInt(request.getParameter(parameter));
        } catch (NumberFormatException | NullPointerException e) {
            return fallback;
        }
    }

    public boolean isSideBySide() {
        return SIDE_BY_SIDE.equals(request.getParameter(VIEW));
    }

    /** The body compared in two columns, headed "Wersja 1 (wcześniejsza)" and "Wersja 2 (późniejsza)". */
    public String getSideBySideHtml() {
        return diff.toSideBySideHtml(
                MessageFormat.format(msg.getString("diff.side.older"), from.number()),
                MessageFormat.format(msg.getString("diff.side.newer"), to.number()));
    }

    /** The same comparison in the other view: the address keeps the versions, only the view changes. */
    public String getInlineUrl() {
        return address(false);
    }

    public String getSideBySideUrl() {
        return address(true);
    }

    private String address(boolean sideBySide) {
        return request.getContextPath() + "/dokument/" + document.slug() + "/porownaj?od=" + from.number() + "&do="
                + to.number() + (sideBySide ? "&" + VIEW + "=" + SIDE_BY_SIDE : "");
    }

    public boolean isFound() {
        return document != null;
    }

    public Document getDocument() {
        return document;
    }

    public Revision getFrom() {
        return from;
    }

    public Revision getTo() {
        return to;
    }

    public WordDiff getDiff() {
        return diff;
    }

    public List<FieldChange> getMetrykaChanges() {
        return metrykaChanges;
    }

    public List<Revision> getVersions() {
        return document.publishedRevisions();
    }
}
