package pl.metryka.infrastructure.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;

/**
 * The line at the foot of every page: the version's address, when the PDF was made, the page.
 * Drawn as a pagination Artifact (see {@link TaggedPdf}): a screen reader skips it.
 */
final class Footer implements TaggedPdf.Furniture {

    private static final float SIZE = 7.5f;

    private final String pageUrl;
    private final String generated;

    Footer(String pageUrl, String generated) {
        this.pageUrl = pageUrl == null ? "" : pageUrl;
        this.generated = generated;
    }

    @Override
    public void draw(PdfContentByte canvas, Document document, int page) {
        float left = document.left();
        float right = document.right();
        float top = document.bottom() - 8;

        canvas.saveState();
        canvas.setColorStroke(Fonts.MUTED);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, top);
        canvas.lineTo(right, top);
        canvas.stroke();
        canvas.restoreState();

        String line =
                (pageUrl.isBlank() ? "" : pageUrl + "  ·  ") + "Wygenerowano: " + generated + "  ·  Strona " + page;
        ColumnText column = new ColumnText(canvas);
        // a long address wraps within the margin rather than running off the page
        column.setSimpleColumn(
                new Phrase(line, Fonts.muted(SIZE)), left, 10, right, top - 2, SIZE * 1.3f, Element.ALIGN_LEFT);
        try {
            column.go();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the page footer", e);
        }
    }
}
