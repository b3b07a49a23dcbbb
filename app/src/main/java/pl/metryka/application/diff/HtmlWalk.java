package pl.metryka.application.diff;

import java.util.Set;
import org.owasp.html.HtmlSanitizer;

/**
 * The part every reader of a body's HTML shares (the text the diff compares, the PDF's blocks): the
 * OWASP lexer's document events mean nothing to them, and content inside the elements that are
 * never shown as text ({@link #HIDDEN}, nested or not) is skipped. Subclasses ask {@link #hide}
 * and {@link #unhide} first in their tag events and {@link #hidden} before taking text.
 */
public abstract class HtmlWalk implements HtmlSanitizer.Policy {

    /** Content that is never shown as text. */
    public static final Set<String> HIDDEN =
            Set.of("script", "style", "noscript", "iframe", "head", "title", "svg", "math");

    private int hidden;

    @Override
    public void openDocument() {}

    @Override
    public void closeDocument() {}

    /** True when {@code name} opens hidden content (counted: hidden elements nest). */
    protected boolean hide(String name) {
        if (HIDDEN.contains(name)) {
            hidden++;
            return true;
        }
        return false;
    }

    /** True when {@code name} closes hidden content. */
    protected boolean unhide(String name) {
        if (HIDDEN.contains(name)) {
            hidden = Math.max(0, hidden - 1);
            return true;
        }
        return false;
    }

    /** Whether the walk is inside hidden content now. */
    protected boolean hidden() {
        return hidden > 0;
    }
}
