import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Draws the four placeholder photos of the demo article "Kluczewski klaster"
 * (app/src/main/resources/demo/galeria/klaster-N.jpg). The real BIP page has four photos of the
 * meeting; we have no rights to them and no network, so the demo ships honest placeholders that say
 * what they are. Run once: {@code java docs/tools/PlaceholderPhotos.java app/src/main/resources/demo/galeria}.
 */
public class PlaceholderPhotos {

    public static void main(String[] args) throws Exception {
        File dir = new File(args.length > 0 ? args[0] : ".");
        Color[][] palettes = {
            {new Color(0x2f5d8a), new Color(0x9cc3e6)},
            {new Color(0x3d7a3a), new Color(0xb9dcb0)},
            {new Color(0x8a4b2f), new Color(0xe6c29c)},
            {new Color(0x5e3d7a), new Color(0xcdb6e3)},
        };
        for (int i = 0; i < 4; i++) {
            BufferedImage image = new BufferedImage(960, 640, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, palettes[i][0], 960, 640, palettes[i][1]));
            g.fillRect(0, 0, 960, 640);
            // a table and people around it, drawn differently in each photo
            g.setColor(new Color(255, 255, 255, 70));
            g.fillRoundRect(180, 380, 600, 90, 30, 30);
            for (int p = 0; p < 3 + i; p++) {
                int x = 200 + p * (560 / (3 + i));
                g.fillOval(x + 20, 250 - (p % 2) * 20, 70, 70);
                g.fillRoundRect(x, 330 - (p % 2) * 20, 110, 60, 40, 40);
            }
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(6));
            g.drawRect(24, 24, 912, 592);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 44));
            g.drawString("Zdjęcie zastępcze " + (i + 1) + "/4", 60, 110);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 28));
            g.drawString("Spotkanie w sprawie utworzenia klastra", 60, 160);
            g.drawString("Dane demonstracyjne Metryki – nie jest to prawdziwa fotografia", 60, 560);
            g.dispose();
            write(image, new File(dir, "klaster-" + (i + 1) + ".jpg"));
        }
    }

    private static void write(BufferedImage image, File file) throws Exception {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.8f);
        file.delete();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        writer.dispose();
    }
}
