package pl.metryka.test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/**
 * A small, valid PDF whose one page's content stream inflates hugely (a "zip bomb" PDF): a line of
 * text followed by {@code inflatedBytes} spaces, FlateDecode-compressed about a thousand to one. Made
 * piece by piece, so the test never holds the inflated bytes.
 */
public final class InflatingPdf {

    private InflatingPdf() {}

    public static byte[] of(String text, long inflatedBytes) {
        return of(text, inflatedBytes, " ");
    }

    /** {@code filler}: what is repeated after the text, e.g. " " or "0" or "(x) Tj ". */
    public static byte[] of(String text, long inflatedBytes, String filler) {
        byte[] content = deflate(
                ("BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET\n").getBytes(StandardCharsets.US_ASCII),
                inflatedBytes,
                filler.getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(pdf, "%PDF-1.4\n");
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                    + " /Resources << /Font << /F1 5 0 R >> >> >>",
            null,
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
        };
        for (int i = 0; i < objects.length; i++) {
            offsets.add(pdf.size());
            write(pdf, (i + 1) + " 0 obj\n");
            if (objects[i] == null) {
                write(pdf, "<< /Length " + content.length + " /Filter /FlateDecode >>\nstream\n");
                pdf.writeBytes(content);
                write(pdf, "\nendstream");
            } else {
                write(pdf, objects[i]);
            }
            write(pdf, "\nendobj\n");
        }
        int xref = pdf.size();
        write(pdf, "xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            write(pdf, String.format("%010d 00000 n \n", offset));
        }
        write(pdf, "trailer\n<< /Size " + (objects.length + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return pdf.toByteArray();
    }

    private static byte[] deflate(byte[] head, long spaces, byte[] filler) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        deflater.setInput(head);
        drain(deflater, out, buffer);
        byte[] blanks = new byte[1024 * 1024];
        for (int i = 0; i < blanks.length; i++) {
            blanks[i] = filler[i % filler.length];
        }
        for (long left = spaces; left > 0; left -= blanks.length) {
            deflater.setInput(blanks, 0, (int) Math.min(blanks.length, left));
            drain(deflater, out, buffer);
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static void drain(Deflater deflater, ByteArrayOutputStream out, byte[] buffer) {
        while (!deflater.needsInput()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
