package pl.metryka.application.diff;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.owasp.html.HtmlSanitizer;

/**
 * The text a reader sees in an HTML body, as paragraphs. The OWASP sanitizer's lexer walks the
 * markup (it balances tags and decodes entities); nothing is fetched or executed. Block
 * boundaries and {@code <br>} end a paragraph; whitespace collapses as a browser would.
 */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "br",
            "li",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "table",
            "caption",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "blockquote",
            "pre",
            "hr",
            "figure",
            "figcaption",
            "section",
            "article",
            "header",
            "footer",
            "aside",
            "nav",
            "address",
            "main",
            "details",
            "summary");
    private static final Set<String> CELLS = Set.of("td", "th");
    // content that is never shown as text
    private static final Set<String> HIDDEN =
            Set.of("script", "style", "noscript", "iframe", "head", "title", "svg", "math");

    private HtmlText() {}

    public static List<String> paragraphs(String html) {
        Collector collector = new Collector();
        if (html != null && !html.isBlank()) {
            HtmlSanitizer.sanitize(html, collector);
        }
        collector.endParagraph();
        return collector.paragraphs;
    }

    private static final class Collector implements HtmlSanitizer.Policy {

        final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int hidden;
        private int pre;

        @Override
        public void openDocument() {}

        @Override
        public void closeDocument() {}

        @Override
        public void openTag(String name, List<String> attributes) {
            if (HIDDEN.contains(name)) {
                hidden++;
            } else if (BLOCKS.contains(name)) {
                endParagraph();
                if ("pre".equals(name)) {
                    pre++;
                }
            } else if (CELLS.contains(name)) {
                current.append(' ');
            }
        }

        @Override
        public void closeTag(String name) {
            if (HIDDEN.contains(name)) {
                hidden = Math.max(0, hidden - 1);
            } else if (BLOCKS.contains(name)) {
                endParagraph();
                if ("pre".equals(name)) {
                    pre = Math.max(0, pre - 1);
                }
            } else if (CELLS.contains(name)) {
                current.append(' ');
            }
        }

        @Override
        public void text(String text) {
            if (hidden > 0) {
                return;
            }
            if (pre == 0) {
                current.append(text);
                return;
            }
            String[] lines = text.split("\r\n|[\n\r]", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    endParagraph();
                }
                current.append(lines[i]);
            }
        }

        void endParagraph() {
            String text = collapse(current);
            current.setLength(0);
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
    }

    /** Whitespace runs (no-break spaces included) become one space; the ends are trimmed; NFC. */
    static String collapse(CharSequence raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
