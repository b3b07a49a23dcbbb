package pl.metryka.infrastructure.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfBorderArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.util.List;

/**
 * A tagged PDF laid out by hand. OpenPDF 2.0.5's {@code Document.add()} writes no marked content,
 * so every block is drawn here with {@link ColumnText} inside a marked-content sequence that
 * belongs to its structure element; borders, shading and page furniture are Artifacts. The page
 * breaks are ours, because a marked-content sequence must not cross a page.
 *
 * <p>OpenPDF's structure elements either hold marked content or other elements, never both: a
 * paragraph with links is therefore a P holding a Span (its text) and one Link per annotation.
 */
final class TaggedPdf {

    static final PdfName TR = new PdfName("TR");
    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName TABLE_OWNER = new PdfName("Table");
    static final PdfName COLUMN = new PdfName("Column");
    static final PdfName ROW = new PdfName("Row");

    /** One cell: its look (borders, shading, text) and, for a header cell, its scope. */
    record Cell(PdfPCell look, PdfName scope) {
        static Cell data(PdfPCell look) {
            return new Cell(look, null);
        }
    }

    /** A table: relative column widths, rows of cells, and how many leading rows are headers. */
    record Grid(float[] widths, List<List<Cell>> rows, int headerRows) {}

    /** Draws page furniture (it is wrapped in an Artifact) at the end of every page. */
    interface Furniture {
        void draw(PdfContentByte canvas, Document document, int page);
    }

    private final Document document;
    private final PdfWriter writer;
    private PdfStructureElement root;
    private PdfContentByte canvas;
    private float y;
    // where a link found while text is drawn is filed
    private PdfStructureElement linkParent;

    TaggedPdf(Document document, OutputStream out, Furniture furniture) throws DocumentException {
        this.document = document;
        this.writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setTagged();
        writer.setTabs(PdfName.S);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("pl-PL"));
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document d) {
                if (furniture != null) {
                    PdfContentByte direct = w.getDirectContent();
                    PdfDictionary kind = new PdfDictionary();
                    kind.put(PdfName.TYPE, new PdfName("Pagination"));
                    kind.put(PdfName.SUBTYPE, new PdfName("Footer"));
                    direct.beginMarkedContentSequence(ARTIFACT, kind, true);
                    furniture.draw(direct, d, w.getPageNumber());
                    direct.endMarkedContentSequence();
                }
            }

            @Override
            public void onGenericTag(PdfWriter w, Document d, Rectangle rect, String href) {
                link(rect, href);
            }
        });
    }

    PdfWriter writer() {
        return writer;
    }

    Document document() {
        return document;
    }

    /** Opens the document: call after the metadata is set. */
    void open() {
        document.open();
        // the structure tree needs the writer's body, which exists only once the document is open
        root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
        canvas = writer.getDirectContent();
        y = document.top();
    }

    PdfStructureElement root() {
        return root;
    }

    static PdfStructureElement element(PdfStructureElement parent, PdfName type) {
        return new PdfStructureElement(parent, type);
    }

    /** Vertical space, dropped at the top of a page. */
    void gap(float space) {
        if (y < document.top()) {
            y -= space;
        }
    }

    /**
     * A block of text as a new element of {@code type} (P, H1…H6, Caption, Figure…) under
     * {@code parent}; returns it.
     */
    PdfStructureElement text(PdfStructureElement parent, PdfName type, Phrase phrase, float leading, float indent) {
        PdfStructureElement element = element(parent, type);
        flow(element, phrase, leading, indent, null);
        return element;
    }

    /**
     * Flows text within {@code element}. When the phrase has links the element becomes a container
     * of a Span with the text and a Link per annotation. {@code marker}, when given, is drawn
     * first as the list item's label (an Lbl placed before {@code element}'s parent LBody).
     */
    void flow(PdfStructureElement element, Phrase phrase, float leading, float indent, Marker marker) {
        PdfStructureElement content = element;
        if (hasLinks(phrase)) {
            content = element(element, PdfName.SPAN);
            linkParent = element;
        }
        ColumnText column = new ColumnText(canvas);
        column.setLeading(leading);
        column.addText(phrase);
        try {
            if (y - leading < document.bottom()) {
                newPage();
            }
            if (marker != null) {
                canvas.beginMarkedContentSequence(marker.label());
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, marker.text(), marker.x(), y - leading, 0);
                canvas.endMarkedContentSequence();
            }
            while (true) {
                column.setSimpleColumn(document.left() + indent, document.bottom(), document.right(), y);
                canvas.beginMarkedContentSequence(content);
                int status = column.go();
                canvas.endMarkedContentSequence();
                y = column.getYLine();
                if (!ColumnText.hasMoreText(status)) {
                    break;
                }
                newPage();
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot lay out the text", e);
        } finally {
            linkParent = null;
        }
    }

    /** A list item's label: the structure element, the text and where it hangs. */
    record Marker(PdfStructureElement label, Phrase text, float x) {}

    /**
     * A box whose shading and border are an Artifact and whose text belongs to {@code element};
     * for notices that are not data tables.
     */
    void box(PdfStructureElement element, PdfPCell look) {
        PdfPTable measure = new PdfPTable(1);
        measure.setTotalWidth(width());
        measure.setLockedWidth(true);
        measure.addCell(look);
        float height = measure.getRowHeight(0);
        if (y - height < document.bottom() && y < document.top()) {
            newPage();
        }
        cell(look, document.left(), y, width(), height, element);
        y -= height;
    }

    /** A data table: Table > TR > TH/TD; header rows repeat after a page break, as Artifacts. */
    void table(PdfStructureElement parent, Grid grid, String caption, Phrase captionText, float leading) {
        PdfStructureElement table = element(parent, PdfName.TABLE);
        if (caption != null && !caption.isEmpty()) {
            text(table, PdfName.CAPTION, captionText, leading, 0);
            gap(2);
        }
        PdfPTable measure = new PdfPTable(grid.widths());
        measure.setTotalWidth(width());
        measure.setLockedWidth(true);
        grid.rows().forEach(row -> row.forEach(c -> measure.addCell(c.look())));
        float[] widths = measure.getAbsoluteWidths();
        for (int r = 0; r < grid.rows().size(); r++) {
            float height = measure.getRowHeight(r);
            float headers = 0;
            for (int h = 0; h < Math.min(grid.headerRows(), r); h++) {
                headers += measure.getRowHeight(h);
            }
            if (height > document.top() - document.bottom() - headers) {
                // taller than any page: its cells' text runs on over the next pages
                tallRow(grid, r, widths, measure, element(table, TR));
                continue;
            }
            if (y - height < document.bottom() && y < document.top()) {
                newPage();
                repeatHeaders(grid, r, widths, measure);
            }
            row(grid.rows().get(r), widths, height, element(table, TR));
            y -= height;
        }
    }

    private void repeatHeaders(Grid grid, int r, float[] widths, PdfPTable measure) {
        for (int h = 0; h < Math.min(grid.headerRows(), r); h++) {
            float headerHeight = measure.getRowHeight(h);
            row(grid.rows().get(h), widths, headerHeight, null);
            y -= headerHeight;
        }
    }

    /**
     * A row that fits on no page, split across pages: each cell's text flows on in its own
     * column; on every page the cells' shading and borders are drawn first, as an Artifact, then
     * the text, so it is never painted over.
     */
    private void tallRow(Grid grid, int r, float[] widths, PdfPTable measure, PdfStructureElement tr) {
        List<Cell> cells = grid.rows().get(r);
        int n = cells.size();
        float[] xs = new float[n];
        float[] ws = new float[n];
        PdfStructureElement[] elements = new PdfStructureElement[n];
        ColumnText[] columns = new ColumnText[n];
        float x = document.left();
        int column = 0;
        for (int i = 0; i < n; i++) {
            PdfPCell look = cells.get(i).look();
            int span = Math.max(1, look.getColspan());
            xs[i] = x;
            ws[i] = spanWidth(widths, column, span);
            elements[i] = cellElement(tr, cells.get(i), span);
            columns[i] = new ColumnText(null);
            columns[i].setLeading(0, 1.5f);
            columns[i].addText(look.getPhrase() == null ? new Phrase("") : look.getPhrase());
            x += ws[i];
            column += span;
        }
        boolean more = true;
        while (more) {
            if (y - document.bottom() < 40) {
                newPage();
                repeatHeaders(grid, r, widths, measure);
            }
            float top = y;
            float lowest = top;
            more = false;
            PdfContentByte[] texts = new PdfContentByte[n];
            for (int i = 0; i < n; i++) {
                PdfPCell look = cells.get(i).look();
                texts[i] = canvas.getDuplicate();
                columns[i].setCanvas(texts[i]);
                columns[i].setSimpleColumn(
                        xs[i] + look.getEffectivePaddingLeft(),
                        document.bottom() + look.getEffectivePaddingBottom(),
                        xs[i] + ws[i] - look.getEffectivePaddingRight(),
                        top - look.getEffectivePaddingTop());
                try {
                    more |= ColumnText.hasMoreText(columns[i].go());
                } catch (DocumentException e) {
                    throw new IllegalStateException("Cannot lay out a table cell", e);
                }
                lowest = Math.min(lowest, columns[i].getYLine() - look.getEffectivePaddingBottom());
            }
            float bottom = more ? document.bottom() : lowest;
            for (int i = 0; i < n; i++) {
                PdfPCell box = new PdfPCell(cells.get(i).look());
                box.setPhrase(new Phrase(""));
                cell(box, xs[i], top, ws[i], top - bottom, null);
                canvas.beginMarkedContentSequence(elements[i]);
                canvas.add(texts[i]);
                canvas.endMarkedContentSequence();
            }
            y = bottom;
            if (more) {
                newPage();
                repeatHeaders(grid, r, widths, measure);
            }
        }
    }

    private static float spanWidth(float[] widths, int column, int span) {
        float w = 0;
        for (int i = column; i < Math.min(widths.length, column + span); i++) {
            w += widths[i];
        }
        return w;
    }

    private static PdfStructureElement cellElement(PdfStructureElement tr, Cell c, int span) {
        PdfStructureElement element = element(tr, c.scope() == null ? PdfName.TD : PdfName.TH);
        PdfDictionary attributes = new PdfDictionary();
        attributes.put(PdfName.O, TABLE_OWNER);
        if (c.scope() != null) {
            attributes.put(SCOPE, c.scope());
        }
        if (span > 1) {
            attributes.put(new PdfName("ColSpan"), new PdfNumber(span));
        }
        if (attributes.size() > 1) {
            element.put(PdfName.A, attributes);
        }
        return element;
    }

    private void row(List<Cell> cells, float[] widths, float height, PdfStructureElement tr) {
        float x = document.left();
        int column = 0;
        for (Cell c : cells) {
            int span = Math.max(1, c.look().getColspan());
            float w = spanWidth(widths, column, span);
            cell(c.look(), x, y, w, height, tr == null ? null : cellElement(tr, c, span));
            x += w;
            column += span;
        }
    }

    /** One cell through OpenPDF's own cell drawing, its four layers split into artifact and text. */
    private void cell(PdfPCell look, float x, float top, float w, float height, PdfStructureElement element) {
        PdfPTable one = new PdfPTable(1);
        one.setTotalWidth(w);
        one.setLockedWidth(true);
        PdfPCell copy = new PdfPCell(look);
        copy.setColspan(1);
        copy.setFixedHeight(height);
        one.addCell(copy);
        PdfContentByte[] layers = {
            canvas.getDuplicate(), canvas.getDuplicate(), canvas.getDuplicate(), canvas.getDuplicate()
        };
        one.writeSelectedRows(0, -1, x, top, layers);
        canvas.beginMarkedContentSequence(ARTIFACT);
        canvas.add(layers[PdfPTable.BASECANVAS]);
        canvas.add(layers[PdfPTable.BACKGROUNDCANVAS]);
        canvas.add(layers[PdfPTable.LINECANVAS]);
        if (element == null) {
            canvas.add(layers[PdfPTable.TEXTCANVAS]);
            canvas.endMarkedContentSequence();
            return;
        }
        canvas.endMarkedContentSequence();
        canvas.beginMarkedContentSequence(element);
        canvas.add(layers[PdfPTable.TEXTCANVAS]);
        canvas.endMarkedContentSequence();
    }

    float width() {
        return document.right() - document.left();
    }

    private void newPage() {
        document.newPage();
        y = document.top();
    }

    /** A link annotation for text being drawn: in a Link element with an OBJR, described by /Contents. */
    private void link(Rectangle rect, String href) {
        PdfAnnotation annotation = new PdfAnnotation(
                writer, rect.getLeft(), rect.getBottom(), rect.getRight(), rect.getTop(), new PdfAction(href));
        annotation.setFlags(PdfAnnotation.FLAGS_PRINT);
        annotation.setBorder(new PdfBorderArray(0, 0, 0));
        annotation.put(PdfName.CONTENTS, new PdfString(description(href), PdfObject.TEXT_UNICODE));
        PdfStructureElement parent = linkParent == null ? root : linkParent;
        PdfStructureElement link = element(parent, PdfName.LINK);
        PdfDictionary reference = new PdfDictionary(PdfName.OBJR);
        reference.put(PdfName.OBJ, annotation.getIndirectReference());
        reference.put(PdfName.PG, writer.getCurrentPage());
        PdfArray kids = new PdfArray();
        kids.add(reference);
        link.put(PdfName.K, kids);
        int key = writer.getStructureTreeRoot().addExistingObject(link.getReference());
        annotation.put(PdfName.STRUCTPARENT, new PdfNumber(key));
        writer.addAnnotation(annotation);
    }

    private static String description(String href) {
        return href.regionMatches(true, 0, "mailto:", 0, 7)
                ? "Adres e-mail: " + href.substring(7)
                : "Odnośnik: " + href;
    }

    /** A chunk that becomes a link annotation (see {@link #link}). */
    static Chunk linked(Chunk chunk, String href) {
        chunk.setGenericTag(href);
        return chunk;
    }

    private static boolean hasLinks(Phrase phrase) {
        for (Object o : phrase) {
            if (o instanceof Chunk chunk
                    && chunk.hasAttributes()
                    && chunk.getChunkAttributes().containsKey(Chunk.GENERICTAG)) {
                return true;
            }
        }
        return false;
    }
}
