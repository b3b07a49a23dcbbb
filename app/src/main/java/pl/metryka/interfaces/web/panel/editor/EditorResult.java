package pl.metryka.interfaces.web.panel.editor;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * What the last action did, told by the page it redirected to ({@code ?id=…&zapisano=1}). The
 * parameter names are the addresses clerks have bookmarked and tests follow, so they stay; the
 * page asks this enum for the one that is present instead of testing eight flags.
 */
public enum EditorResult {
    SAVED("zapisano", "editor.done.saved"),
    PUBLISHED("opublikowano", "editor.done.published"),
    SCHEDULED("zaplanowano", "editor.done.scheduled"),
    AMENDED("zmieniono", "editor.done.amended"),
    WITHDRAWN("wycofano", "editor.done.withdrawn"),
    ARCHIVED("zarchiwizowano", "editor.done.archived"),
    MOVED("przeniesiono", "editor.done.moved"),
    PROPOSED("zaproponowano", "editor.done.proposed"),
    REJECTED("odrzucono", "editor.done.rejected");

    private final String parameter;
    private final String messageKey;

    EditorResult(String parameter, String messageKey) {
        this.parameter = parameter;
        this.messageKey = messageKey;
    }

    /**
     * Reloads the editor with the document, reporting this result, so that a refresh does not
     * repeat the action. Returns the navigation outcome: none, the response is complete.
     */
    String redirect(long documentId) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(
                    external.getRequestContextPath() + "/panel/edytor.xhtml?id=" + documentId + "&" + parameter + "=1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
        return null;
    }

    public String getMessageKey() {
        return messageKey;
    }

    /** The result the request reports, or {@code null}. */
    static EditorResult of(HttpServletRequest request) {
        return Arrays.stream(values())
                .filter(r -> {
                    String value = request.getParameter(r.parameter);
                    return value != null && !value.isEmpty();
                })
                .findFirst()
                .orElse(null);
    }
}
