package pl.metryka.application;

import java.io.OutputStream;

/**
 * Prints one document version for a citizen to keep: body, attachments, metryka and change history.
 * A port: the PDF library and its layout are infrastructure's.
 */
public interface DocumentPrinter {

    /** The version as a PDF. */
    byte[] render(PrintableDocument source);

    /** Writes the PDF to {@code out}, which is left open. */
    void render(PrintableDocument source, OutputStream out);
}
