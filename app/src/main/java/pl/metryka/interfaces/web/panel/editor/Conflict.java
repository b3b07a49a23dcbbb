package pl.metryka.interfaces.web.panel.editor;

import java.io.Serializable;
import pl.metryka.application.diff.WordDiff;
import pl.metryka.domain.model.document.Revision;

/**
 * Someone else changed the document while the clerk was writing: their version and a word diff
 * from it to the clerk's text, which stays in the form so nothing is lost.
 */
public record Conflict(int revision, String title, String body, String diff) implements Serializable {

    static Conflict between(Revision current, String sanitizedFormBody) {
        return new Conflict(
                current.number(),
                current.title(),
                current.body(),
                WordDiff.compare(current.body(), sanitizedFormBody).toHtml());
    }
}
