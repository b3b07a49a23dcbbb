package pl.metryka.infrastructure.search;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * How much of a PDF the text extraction may read: the decoded size of each page's content streams
 * and of the forms it draws, measured before any of it is parsed. A FlateDecode stream (nearly all
 * of them) is measured by inflating it into nothing, stopping as soon as the budget is spent, so a
 * stream that would inflate to 150 MB costs the time of inflating the budget, and no memory.
 */
final class PdfContentBudget {

    private static final int MAX_FORM_DEPTH = 8;

    private PdfContentBudget() {}

    /** How many pages, from the first, decode to at most {@code budget} bytes together. */
    static int pagesWithin(PDDocument document, long budget) throws IOException {
        long left = budget;
        int pages = 0;
        for (PDPage page : document.getPages()) {
            long used = 0;
            for (Iterator<PDStream> it = page.getContentStreams(); it.hasNext() && used <= left; ) {
                used += decodedSize(it.next().getCOSObject(), left - used + 1);
            }
            if (used <= left) {
                used += forms(page.getResources(), left - used + 1, 0, new HashSet<>());
            }
            if (used > left) {
                return pages;
            }
            left -= used;
            pages++;
        }
        return pages;
    }

    private static long forms(PDResources resources, long limit, int depth, Set<COSStream> seen) throws IOException {
        if (resources == null || depth > MAX_FORM_DEPTH) {
            return 0;
        }
        long used = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form && seen.add(form.getCOSObject())) {
                used += decodedSize(form.getCOSObject(), limit - used);
                if (used < limit) {
                    used += forms(form.getResources(), limit - used, depth + 1, seen);
                }
                if (used >= limit) {
                    return used;
                }
            }
        }
        return used;
    }

    /** The stream's decoded length, or any number ≥ {@code limit} once it is known to reach it. */
    static long decodedSize(COSStream stream, long limit) throws IOException {
        COSBase filters = stream.getFilters();
        if (filters == null) {
            return stream.getLength();
        }
        boolean flateOnly = COSName.FLATE_DECODE.equals(filters)
                || filters instanceof COSArray list
                        && list.size() == 1
                        && COSName.FLATE_DECODE.equals(list.getObject(0));
        try (InputStream decoded =
                flateOnly ? new InflaterInputStream(stream.createRawInputStream()) : stream.createInputStream()) {
            return count(decoded, limit);
        }
    }

    private static long count(InputStream in, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(buffer); n > 0 && total < limit; n = in.read(buffer)) {
            total += n;
        }
        return total;
    }
}
