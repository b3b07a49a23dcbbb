package pl.metryka.application.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import pl.metryka.application.diff.DiffSegment.Kind;

/**
 * Word-by-word comparison of two revisions' HTML bodies. The bodies are reduced to the text a
 * reader sees (markup never reaches the result), split into words, spaces and punctuation, and
 * compared with java-diff-utils. A paragraph break that only one revision has still separates
 * paragraphs in the result, so both versions' text stays readable.
 */
public final class WordDiff {

    private final List<DiffParagraph> paragraphs;
    private final int insertedWords;
    private final int deletedWords;

    private WordDiff(List<DiffParagraph> paragraphs, int insertedWords, int deletedWords) {
        this.paragraphs = List.copyOf(paragraphs);
        this.insertedWords = insertedWords;
        this.deletedWords = deletedWords;
    }

    /** Compares an older body with a newer one; null counts as empty. */
    public static WordDiff compare(String beforeHtml, String afterHtml) {
        List<String> before = Tokens.of(HtmlText.paragraphs(beforeHtml));
        List<String> after = Tokens.of(HtmlText.paragraphs(afterHtml));
        Builder builder = new Builder();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                builder.add(Kind.SAME, before.get(position));
            }
            delta.getSource().getLines().forEach(token -> builder.add(Kind.DELETED, token));
            delta.getTarget().getLines().forEach(token -> builder.add(Kind.INSERTED, token));
            position += delta.getSource().size();
        }
        for (; position < before.size(); position++) {
            builder.add(Kind.SAME, before.get(position));
        }
        return builder.build();
    }

    public List<DiffParagraph> paragraphs() {
        return paragraphs;
    }

    public int insertedWords() {
        return insertedWords;
    }

    public int deletedWords() {
        return deletedWords;
    }

    public boolean hasChanges() {
        return paragraphs.stream().anyMatch(DiffParagraph::hasChanges);
    }

    /**
     * The comparison as HTML: one {@code <p>} per paragraph, insertions in {@code <ins>},
     * deletions in {@code <del>}, each also announced in words for screen readers and for
     * anyone who cannot tell the marks apart. All text is escaped.
     */
    public String toHtml() {
        StringBuilder html = new StringBuilder();
        for (DiffParagraph paragraph : paragraphs) {
            html.append("<p>");
            DiffSegment.Kind previous = DiffSegment.Kind.SAME;
            for (DiffSegment segment : paragraph.segments()) {
                String text = escape(segment.text());
                if (previous == DiffSegment.Kind.DELETED && segment.kind() == DiffSegment.Kind.INSERTED) {
                    html.append(' '); // a replaced word should not read as glued to its replacement
                }
                previous = segment.kind();
                if (segment.kind() == DiffSegment.Kind.SAME) {
                    html.append(text);
                } else {
                    mark(html, segment);
                }
            }
            html.append("</p>\n");
        }
        return html.toString();
    }

    /** An insertion in {@code <ins>} or a deletion in {@code <del>}, announced in words too. */
    private static void mark(StringBuilder html, DiffSegment segment) {
        String text = escape(segment.text());
        if (segment.kind() == DiffSegment.Kind.INSERTED) {
            html.append("<ins class=\"diff-ins\"><span class=\"sr-only\">[wstawiono: </span>")
                    .append(text)
                    .append("<span class=\"sr-only\">]</span></ins>");
        } else {
            html.append("<del class=\"diff-del\"><span class=\"sr-only\">[usunięto: </span>")
                    .append(text)
                    .append("<span class=\"sr-only\">]</span></del>");
        }
    }

    /**
     * The comparison side by side: a grid of two columns, the older version's text on the left
     * with its deletions in {@code <del>}, the newer one's on the right with its insertions in
     * {@code <ins>}, paragraph beside paragraph. Each cell starts with its column's name (for
     * screen readers, and shown when narrow screens stack the columns); marks are announced in
     * words as in {@link #toHtml()}. The headings are the caller's, escaped here.
     */
    public String toSideBySideHtml(String olderHeading, String newerHeading) {
        String older = escape(olderHeading);
        String newer = escape(newerHeading);
        StringBuilder html = new StringBuilder("<div class=\"diff-sides\">\n");
        html.append("<p class=\"diff-sides__head diff-sides__old\" aria-hidden=\"true\">")
                .append(older)
                .append("</p><p class=\"diff-sides__head diff-sides__new\" aria-hidden=\"true\">")
                .append(newer)
                .append("</p>\n");
        for (DiffParagraph paragraph : paragraphs) {
            side(html, paragraph, DiffSegment.Kind.DELETED, "diff-sides__old", older);
            side(html, paragraph, DiffSegment.Kind.INSERTED, "diff-sides__new", newer);
        }
        return html.append("</div>\n").toString();
    }

    /** One paragraph as one version has it: the shared text and this version's own changes. */
    private static void side(
            StringBuilder html, DiffParagraph paragraph, DiffSegment.Kind own, String cssClass, String heading) {
        html.append("<div class=\"diff-sides__cell ").append(cssClass).append("\"><p>");
        html.append("<span class=\"diff-sides__label\">").append(heading).append(": </span>");
        boolean any = false;
        for (DiffSegment segment : paragraph.segments()) {
            if (segment.kind() == DiffSegment.Kind.SAME) {
                html.append(escape(segment.text()));
                any |= !segment.text().isBlank();
            } else if (segment.kind() == own) {
                mark(html, segment);
                any = true;
            }
        }
        if (!any) {
            html.append("<span class=\"diff-sides__empty\">(w tej wersji brak tego akapitu)</span>");
        }
        html.append("</p></div>\n");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Groups tokens into paragraphs and merges neighbouring tokens of the same kind. */
    private static final class Builder {

        private final List<DiffParagraph> paragraphs = new ArrayList<>();
        private final List<DiffSegment> segments = new ArrayList<>();
        private Kind kind;
        private final StringBuilder text = new StringBuilder();
        private int inserted;
        private int deleted;

        void add(Kind tokenKind, String token) {
            if (Tokens.BREAK.equals(token)) {
                endParagraph();
                return;
            }
            if (Tokens.isWord(token)) {
                if (tokenKind == Kind.INSERTED) {
                    inserted++;
                } else if (tokenKind == Kind.DELETED) {
                    deleted++;
                }
            }
            if (tokenKind != kind) {
                endSegment();
                kind = tokenKind;
            }
            text.append(token);
        }

        private void endSegment() {
            if (kind != null && text.length() > 0) {
                segments.add(new DiffSegment(kind, text.toString()));
            }
            text.setLength(0);
            kind = null;
        }

        private void endParagraph() {
            endSegment();
            if (!segments.isEmpty()) {
                paragraphs.add(new DiffParagraph(segments));
            }
            segments.clear();
        }

        WordDiff build() {
            endParagraph();
            return new WordDiff(paragraphs, inserted, deleted);
        }
    }
}
