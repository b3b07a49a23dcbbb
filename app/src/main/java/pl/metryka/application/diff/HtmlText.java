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

    /**
     * Elements that end the text before them and start a new block, read alike by every reader of
     * a body (this one and the PDF's); list items, headings and tables are left out, for a reader
     * that gives them their own form.
     */
    public static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "br",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
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
    /** What this reader, which keeps no structure, also takes as paragraph boundaries. */
    private static final Set<String> STRUCTURE =
            Set.of("li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "caption", "thead", "tbody", "tfoot", "tr");

    private static final Set<String> CELLS = Set.of("td", "th");

    private HtmlText() {}

    public static List<String> paragraphs(String html) {
        Collector collector = new Collector();
        if (html != null && !html.isBlank()) {
            HtmlSanitizer.sanitize(html, collector);
        }
        collector.endParagraph();
        return collector.paragraphs;
    }

    private static final class Collector extends HtmlWalk {

        final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int pre;

        @Override
        public void openTag(String name, List<String> attributes) {
            if (hide(name)) {
                return;
            } else if (BLOCKS.contains(name) || STRUCTURE.contains(name)) {
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
            if (unhide(name)) {
                return;
            } else if (BLOCKS.contains(name) || STRUCTURE.contains(name)) {
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
            if (hidden()) {
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
