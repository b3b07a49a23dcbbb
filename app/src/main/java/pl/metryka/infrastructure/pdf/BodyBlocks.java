package pl.metryka.infrastructure.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.owasp.html.HtmlSanitizer;
import pl.metryka.application.diff.HtmlText;
import pl.metryka.application.diff.HtmlWalk;

/**
 * Reads a body's HTML into printable blocks: paragraphs, headings, list items and tables of
 * plain cells, with bold and link runs. The OWASP sanitizer's lexer walks the markup (balanced
 * tags, decoded entities). Images become their alt text; nothing is ever fetched.
 */
final class BodyBlocks {

    /** A piece of text; {@code href} only for http(s) and mailto links. */
    record Run(String text, boolean bold, String href) {}

    sealed interface Block permits Paragraph, Heading, ListItem, Table, Figure {}

    /** An image outside a table: printed as its alt text, tagged as a Figure with that text as /Alt. */
    record Figure(String alt) implements Block {}

    record Paragraph(List<Run> runs) implements Block {}

    record Heading(int level, List<Run> runs) implements Block {}

    /** {@code marker} is empty for a second paragraph of the same item. */
    record ListItem(int depth, String marker, List<Run> runs) implements Block {}

    record Row(List<String> cells, boolean header) {}

    record Table(String caption, List<Row> rows) implements Block {}

    // the same block elements as the text the diff compares (HtmlText); lists, headings and tables are read into
    // their own blocks here
    private static final Set<String> BLOCKS = HtmlText.BLOCKS;
    private static final Set<String> BOLD = Set.of("b", "strong", "th");

    private BodyBlocks() {}

    static List<Block> of(String html) {
        Reader reader = new Reader();
        if (html != null && !html.isBlank()) {
            HtmlSanitizer.sanitize(html, reader);
        }
        reader.flush();
        return reader.blocks;
    }

    private static final class ListLevel {
        final boolean ordered;
        int count;
        boolean markerPending;

        ListLevel(boolean ordered) {
            this.ordered = ordered;
        }
    }

    private static final class Reader extends HtmlWalk {

        final List<Block> blocks = new ArrayList<>();
        private final List<Run> runs = new ArrayList<>();
        private final Deque<ListLevel> lists = new ArrayDeque<>();
        // "" for an anchor that is not a followable link
        private final Deque<String> links = new ArrayDeque<>();
        private int bold;
        private int heading;
        private int pre;
        // tables: cells are gathered as plain text; a nested table is flattened into its cell
        private int tableDepth;
        private String caption;
        private List<Row> rows;
        private List<String> cells;
        private boolean headerRow;
        private StringBuilder cell;

        @Override
        public void openTag(String name, List<String> attributes) {
            if (hide(name) || hidden()) {
                return;
            } else if (tableDepth > 0) {
                openInTable(name, attributes);
            } else if ("table".equals(name)) {
                flush();
                tableDepth = 1;
                caption = null;
                rows = new ArrayList<>();
            } else if (BOLD.contains(name)) {
                bold++;
            } else if ("a".equals(name)) {
                String href = safeHref(attribute(attributes, "href"));
                links.push(href == null ? "" : href);
            } else if ("img".equals(name)) {
                String alt = attribute(attributes, "alt");
                if (alt != null && !alt.isBlank()) {
                    if (!lists.isEmpty() || heading > 0) {
                        // a figure cannot sit inside a list item's or heading's text
                        text("[Obraz: " + alt.strip() + "]");
                    } else {
                        flush();
                        blocks.add(new Figure(collapse(alt)));
                    }
                }
            } else if (name.matches("h[1-6]")) {
                flush();
                heading = name.charAt(1) - '0';
            } else if ("ul".equals(name) || "ol".equals(name)) {
                flush();
                lists.push(new ListLevel("ol".equals(name)));
            } else if ("li".equals(name)) {
                flush();
                if (lists.isEmpty()) {
                    lists.push(new ListLevel(false));
                }
                ListLevel level = lists.peek();
                level.count++;
                level.markerPending = true;
            } else if (BLOCKS.contains(name)) {
                flush();
                if ("pre".equals(name)) {
                    pre++;
                }
            }
        }

        @Override
        public void closeTag(String name) {
            if (unhide(name) || hidden()) {
                return;
            } else if (tableDepth > 0) {
                closeInTable(name);
            } else if (BOLD.contains(name)) {
                bold = Math.max(0, bold - 1);
            } else if ("a".equals(name)) {
                links.poll();
            } else if (name.matches("h[1-6]")) {
                flush();
                heading = 0;
            } else if ("ul".equals(name) || "ol".equals(name)) {
                flush();
                lists.poll();
            } else if ("li".equals(name) || BLOCKS.contains(name)) {
                flush();
                if ("pre".equals(name)) {
                    pre = Math.max(0, pre - 1);
                }
            }
        }

        @Override
        public void text(String text) {
            if (hidden()) {
                return;
            }
            if (tableDepth > 0) {
                if (cell != null) {
                    cell.append(text);
                } else if (caption != null) {
                    caption += text;
                }
                return;
            }
            if (pre == 0) {
                String href = links.isEmpty() || links.peek().isEmpty() ? null : links.peek();
                runs.add(new Run(text, bold > 0 || heading > 0, href));
                return;
            }
            String[] lines = text.split("\r\n|[\n\r]", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    flush();
                }
                runs.add(new Run(lines[i], bold > 0, null));
            }
        }

        private void openInTable(String name, List<String> attributes) {
            switch (name) {
                case "table" -> tableDepth++;
                case "caption" -> caption = "";
                case "tr" -> {
                    if (tableDepth == 1) {
                        cells = new ArrayList<>();
                        headerRow = true;
                    }
                }
                case "td", "th" -> {
                    if (tableDepth == 1 && cells != null) {
                        cell = new StringBuilder();
                        headerRow &= "th".equals(name);
                    } else if (cell != null) {
                        cell.append(' ');
                    }
                }
                case "img" -> {
                    String alt = attribute(attributes, "alt");
                    if (cell != null && alt != null && !alt.isBlank()) {
                        cell.append("[Obraz: ").append(alt.strip()).append(']');
                    }
                }
                default -> {
                    if (cell != null && (BLOCKS.contains(name) || "li".equals(name))) {
                        cell.append(' ');
                    }
                }
            }
        }

        private void closeInTable(String name) {
            switch (name) {
                case "table" -> {
                    tableDepth--;
                    if (tableDepth == 0) {
                        blocks.add(new Table(caption == null ? null : collapse(caption), rows));
                        rows = null;
                        caption = null;
                    }
                }
                case "td", "th" -> {
                    if (tableDepth == 1 && cells != null && cell != null) {
                        cells.add(collapse(cell));
                        cell = null;
                    }
                }
                case "tr" -> {
                    if (tableDepth == 1 && cells != null) {
                        if (!cells.isEmpty()) {
                            rows.add(new Row(cells, headerRow));
                        }
                        cells = null;
                    }
                }
                default -> {
                    if (cell != null && BLOCKS.contains(name)) {
                        cell.append(' ');
                    }
                }
            }
        }

        /** Ends the block being gathered, if it has any text. */
        void flush() {
            List<Run> text = collapse(runs);
            runs.clear();
            if (text.isEmpty()) {
                return;
            }
            if (heading > 0) {
                blocks.add(new Heading(heading, text));
            } else if (!lists.isEmpty()) {
                ListLevel level = lists.peek();
                String marker = "";
                if (level.markerPending) {
                    marker = level.ordered ? level.count + "." : "•";
                    level.markerPending = false;
                }
                blocks.add(new ListItem(lists.size(), marker, text));
            } else {
                blocks.add(new Paragraph(text));
            }
        }
    }

    /**
     * Collapses whitespace across runs as a browser would, trimming both ends. A space between
     * two runs stays with the earlier one, so a link's underline does not start with it.
     */
    static List<Run> collapse(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        boolean space = false;
        for (Run run : runs) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < run.text().length(); i++) {
                char c = run.text().charAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    space = true;
                    continue;
                }
                if (space && text.length() > 0) {
                    text.append(' ');
                } else if (space && !out.isEmpty()) {
                    Run previous = out.remove(out.size() - 1);
                    out.add(new Run(previous.text() + ' ', previous.bold(), previous.href()));
                }
                space = false;
                text.append(c);
            }
            if (text.length() > 0) {
                out.add(new Run(text.toString(), run.bold(), run.href()));
            }
        }
        return out;
    }

    static String collapse(CharSequence text) {
        List<Run> runs = collapse(List.of(new Run(text.toString(), false, null)));
        return runs.isEmpty() ? "" : runs.get(0).text();
    }

    private static String attribute(List<String> attributes, String name) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (name.equals(attributes.get(i))) {
                return attributes.get(i + 1);
            }
        }
        return null;
    }

    private static String safeHref(String href) {
        if (href == null) {
            return null;
        }
        String lower = href.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:")
                ? href.strip()
                : null;
    }
}
