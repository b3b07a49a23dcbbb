package pl.metryka.infrastructure.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import pl.metryka.infrastructure.pdf.BodyBlocks.Block;
import pl.metryka.infrastructure.pdf.BodyBlocks.Heading;
import pl.metryka.infrastructure.pdf.BodyBlocks.ListItem;
import pl.metryka.infrastructure.pdf.BodyBlocks.Row;
import pl.metryka.infrastructure.pdf.BodyBlocks.Run;
import pl.metryka.infrastructure.pdf.BodyBlocks.Table;

/** Turns body blocks into OpenPDF elements. */
final class BodyRenderer {

    static final float TEXT_SIZE = 10f;
    private static final float INDENT = 14f;
    private static final Color LINK = new Color(0x00, 0x4a, 0x99);

    private BodyRenderer() {}

    static List<Element> render(List<Block> blocks) {
        List<Element> elements = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Heading heading) {
                elements.add(heading(heading));
            } else if (block instanceof ListItem item) {
                elements.add(listItem(item));
            } else if (block instanceof Table table) {
                elements.add(table(table));
            } else if (block instanceof BodyBlocks.Paragraph paragraph) {
                elements.add(paragraph(paragraph.runs(), TEXT_SIZE));
            }
        }
        return elements;
    }

    private static Paragraph paragraph(List<Run> runs, float size) {
        Paragraph paragraph = new Paragraph();
        // also the font of the spacing OpenPDF adds, which would otherwise be a non-embedded Helvetica
        paragraph.setFont(Fonts.regular(size));
        paragraph.setLeading(size * 1.4f);
        paragraph.setSpacingAfter(size * 0.5f);
        runs.forEach(run -> paragraph.add(chunk(run, size)));
        return paragraph;
    }

    private static Paragraph heading(Heading heading) {
        float size = switch (heading.level()) {
            case 1 -> 14f;
            case 2 -> 13f;
            case 3 -> 12f;
            default -> 11f;
        };
        Paragraph paragraph = paragraph(heading.runs(), size);
        paragraph.setSpacingBefore(size * 0.6f);
        return paragraph;
    }

    private static Paragraph listItem(ListItem item) {
        Paragraph paragraph = paragraph(item.runs(), TEXT_SIZE);
        float hang = INDENT;
        paragraph.setIndentationLeft(INDENT * (item.depth() - 1) + hang);
        if (!item.marker().isEmpty()) {
            // the marker hangs in the indent so wrapped lines align with the text
            paragraph.setFirstLineIndent(-hang);
            paragraph.add(0, new Chunk(item.marker() + " ", Fonts.regular(TEXT_SIZE)));
        }
        paragraph.setSpacingAfter(TEXT_SIZE * 0.25f);
        return paragraph;
    }

    private static Element table(Table table) {
        int columns =
                table.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        if (columns == 0) {
            String caption = table.caption() == null ? "" : table.caption();
            return paragraph(List.of(new Run(caption, true, null)), TEXT_SIZE);
        }
        PdfPTable pdfTable = new PdfPTable(columns);
        pdfTable.setWidthPercentage(100);
        pdfTable.setSpacingBefore(4);
        pdfTable.setSpacingAfter(8);
        if (table.caption() != null && !table.caption().isEmpty()) {
            PdfPCell caption = cell(table.caption(), Fonts.bold(TEXT_SIZE));
            caption.setColspan(columns);
            caption.setBorder(PdfPCell.NO_BORDER);
            pdfTable.addCell(caption);
        }
        for (Row row : table.rows()) {
            Font font = row.header() ? Fonts.bold(9f) : Fonts.regular(9f);
            for (int i = 0; i < columns; i++) {
                pdfTable.addCell(cell(i < row.cells().size() ? row.cells().get(i) : "", font));
            }
        }
        return pdfTable;
    }

    static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(4);
        cell.setBorderColor(new Color(0xb0, 0xb0, 0xb0));
        return cell;
    }

    private static Chunk chunk(Run run, float size) {
        Font font = run.bold() ? Fonts.bold(size) : Fonts.regular(size);
        if (run.href() == null) {
            return new Chunk(run.text(), font);
        }
        font.setColor(LINK);
        Chunk chunk = new Chunk(run.text(), font);
        chunk.setUnderline(0.5f, -1.5f);
        chunk.setAnchor(run.href());
        return chunk;
    }
}
