package pl.metryka.infrastructure.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import pl.metryka.infrastructure.pdf.BodyBlocks.Block;
import pl.metryka.infrastructure.pdf.BodyBlocks.Figure;
import pl.metryka.infrastructure.pdf.BodyBlocks.Heading;
import pl.metryka.infrastructure.pdf.BodyBlocks.ListItem;
import pl.metryka.infrastructure.pdf.BodyBlocks.Row;
import pl.metryka.infrastructure.pdf.BodyBlocks.Run;
import pl.metryka.infrastructure.pdf.BodyBlocks.Table;
import pl.metryka.infrastructure.pdf.TaggedPdf.Cell;
import pl.metryka.infrastructure.pdf.TaggedPdf.Grid;

/**
 * Draws body blocks into a tagged PDF: P, H2…H6 (the document title is the only H1, and no level
 * is skipped, as PDF/UA asks), L > LI > Lbl + LBody, Table > TR > TH/TD, and Figure with /Alt.
 */
final class BodyRenderer {

    static final float TEXT_SIZE = 10f;
    private static final float INDENT = 14f;
    private static final Color LINK = new Color(0x00, 0x4a, 0x99);

    private final TaggedPdf pdf;
    private final PdfStructureElement parent;
    private int headingLevel;
    // the open lists, outermost first, and the body of each one's current item
    private final List<PdfStructureElement> lists = new ArrayList<>();
    private final List<PdfStructureElement> bodies = new ArrayList<>();

    /** @param headingLevel the level of the heading the body sits under (1 for the title) */
    BodyRenderer(TaggedPdf pdf, PdfStructureElement parent, int headingLevel) {
        this.pdf = pdf;
        this.parent = parent;
        this.headingLevel = headingLevel;
    }

    void render(List<Block> blocks) {
        for (Block block : blocks) {
            if (!(block instanceof ListItem)) {
                lists.clear();
                bodies.clear();
            }
            if (block instanceof Heading heading) {
                heading(heading);
            } else if (block instanceof ListItem item) {
                listItem(item);
            } else if (block instanceof Table table) {
                table(table);
            } else if (block instanceof Figure figure) {
                figure(figure);
            } else if (block instanceof BodyBlocks.Paragraph paragraph) {
                paragraph(parent, PdfName.P, paragraph.runs(), TEXT_SIZE, 0);
            }
        }
    }

    private void paragraph(PdfStructureElement in, PdfName type, List<Run> runs, float size, float indent) {
        pdf.text(in, type, phrase(runs, size), size * 1.4f, indent);
        pdf.gap(size * 0.5f);
    }

    private void heading(Heading heading) {
        // body <h1> sits under the document's title; a level is never skipped
        int level = Math.min(Math.min(heading.level() + 1, 6), headingLevel + 1);
        headingLevel = level;
        float size = switch (heading.level()) {
            case 1 -> 14f;
            case 2 -> 13f;
            case 3 -> 12f;
            default -> 11f;
        };
        pdf.gap(size * 0.6f);
        paragraph(parent, new PdfName("H" + level), heading.runs(), size, 0);
    }

    private void listItem(ListItem item) {
        while (lists.size() > item.depth()) {
            lists.remove(lists.size() - 1);
            bodies.remove(bodies.size() - 1);
        }
        while (lists.size() < item.depth()) {
            PdfStructureElement container = bodies.isEmpty() ? parent : bodies.get(bodies.size() - 1);
            if (container == null) {
                container = parent;
            }
            lists.add(TaggedPdf.element(container, PdfName.L));
            bodies.add(null);
        }
        int last = lists.size() - 1;
        float indent = INDENT * item.depth();
        TaggedPdf.Marker marker = null;
        if (!item.marker().isEmpty() || bodies.get(last) == null) {
            PdfStructureElement li = TaggedPdf.element(lists.get(last), PdfName.LI);
            if (!item.marker().isEmpty()) {
                // the marker hangs in the indent so wrapped lines align with the text
                marker = new TaggedPdf.Marker(
                        TaggedPdf.element(li, PdfName.LBL),
                        new Phrase(item.marker() + " ", Fonts.regular(TEXT_SIZE)),
                        pdf.document().left() + indent - INDENT);
            }
            bodies.set(last, TaggedPdf.element(li, PdfName.LBODY));
        }
        PdfStructureElement p = TaggedPdf.element(bodies.get(last), PdfName.P);
        pdf.flow(p, phrase(item.runs(), TEXT_SIZE), TEXT_SIZE * 1.4f, indent, marker);
        pdf.gap(TEXT_SIZE * 0.25f);
    }

    private void table(Table table) {
        int columns =
                table.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        if (columns == 0) {
            String caption = table.caption() == null ? "" : table.caption();
            if (!caption.isEmpty()) {
                paragraph(parent, PdfName.P, List.of(new Run(caption, true, null)), TEXT_SIZE, 0);
            }
            return;
        }
        List<List<Cell>> rows = new ArrayList<>();
        int headerRows = 0;
        for (Row row : table.rows()) {
            if (row.header() && headerRows == rows.size()) {
                headerRows++;
            }
            Font font = row.header() ? Fonts.bold(9f) : Fonts.regular(9f);
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < columns; i++) {
                PdfPCell look = cell(i < row.cells().size() ? row.cells().get(i) : "", font);
                cells.add(row.header() ? new Cell(look, TaggedPdf.COLUMN) : Cell.data(look));
            }
            rows.add(cells);
        }
        float[] widths = new float[columns];
        Arrays.fill(widths, 1f);
        pdf.gap(4);
        pdf.table(
                parent,
                new Grid(widths, rows, headerRows),
                table.caption(),
                new Phrase(table.caption() == null ? "" : table.caption(), Fonts.bold(TEXT_SIZE)),
                TEXT_SIZE * 1.5f);
        pdf.gap(8);
    }

    private void figure(Figure figure) {
        PdfStructureElement element = TaggedPdf.element(parent, PdfName.FIGURE);
        element.put(PdfName.ALT, new PdfString(figure.alt(), PdfString.TEXT_UNICODE));
        pdf.flow(
                element,
                new Phrase("[Obraz: " + figure.alt() + "]", Fonts.regular(TEXT_SIZE)),
                TEXT_SIZE * 1.4f,
                0,
                null);
        pdf.gap(TEXT_SIZE * 0.5f);
    }

    static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(4);
        cell.setBorderColor(new Color(0xb0, 0xb0, 0xb0));
        return cell;
    }

    static Phrase phrase(List<Run> runs, float size) {
        Phrase phrase = new Phrase();
        // also the font of any spacing OpenPDF adds, which would otherwise be a non-embedded Helvetica
        phrase.setFont(Fonts.regular(size));
        runs.forEach(run -> phrase.add(chunk(run, size)));
        return phrase;
    }

    private static Chunk chunk(Run run, float size) {
        Font font = run.bold() ? Fonts.bold(size) : Fonts.regular(size);
        if (run.href() == null) {
            return new Chunk(run.text(), font);
        }
        font.setColor(LINK);
        Chunk chunk = new Chunk(run.text(), font);
        chunk.setUnderline(0.5f, -1.5f);
        return TaggedPdf.linked(chunk, run.href());
    }
}
