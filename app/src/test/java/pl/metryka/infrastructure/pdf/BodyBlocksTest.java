package pl.metryka.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import pl.metryka.infrastructure.pdf.BodyBlocks.Block;
import pl.metryka.infrastructure.pdf.BodyBlocks.Heading;
import pl.metryka.infrastructure.pdf.BodyBlocks.ListItem;
import pl.metryka.infrastructure.pdf.BodyBlocks.Paragraph;
import pl.metryka.infrastructure.pdf.BodyBlocks.Row;
import pl.metryka.infrastructure.pdf.BodyBlocks.Run;
import pl.metryka.infrastructure.pdf.BodyBlocks.Table;

class BodyBlocksTest {

    @Test
    void readsHeadingsParagraphsAndLineBreaks() {
        List<Block> blocks = BodyBlocks.of("<h3>Rozdział&nbsp;2</h3><p>Pierwsza linia<br>druga   linia</p>Luźny tekst");

        assertEquals(
                List.of(
                        new Heading(3, List.of(new Run("Rozdział 2", true, null))),
                        new Paragraph(List.of(new Run("Pierwsza linia", false, null))),
                        new Paragraph(List.of(new Run("druga linia", false, null))),
                        new Paragraph(List.of(new Run("Luźny tekst", false, null)))),
                blocks);
    }

    @Test
    void numbersOrderedListsAndIndentsNestedOnes() {
        List<Block> blocks = BodyBlocks.of(
                "<ol><li>jeden</li><li>dwa<ul><li>a</li></ul><p>ciąg dalszy</p></li></ol><ul><li>kropka</li></ul>");

        assertEquals(
                List.of(
                        new ListItem(1, "1.", runs("jeden")),
                        new ListItem(1, "2.", runs("dwa")),
                        new ListItem(2, "•", runs("a")),
                        new ListItem(1, "", runs("ciąg dalszy")),
                        new ListItem(1, "•", runs("kropka"))),
                blocks);
    }

    @Test
    void readsTablesAsRowsOfPlainCells() {
        List<Block> blocks = BodyBlocks.of("<table><caption>Terminy</caption>"
                + "<tr><th>Etap</th><th>Data</th></tr>"
                + "<tr><td><b>Ogłoszenie</b> <a href=\"https://x\">tu</a></td><td>2026-03-15<br>godz. 10</td></tr>"
                + "<tr><td><table><tr><td>zagnieżdżona</td><td>tabela</td></tr></table></td></tr></table>"
                + "<p>Po tabeli</p>");

        assertEquals(
                List.of(
                        new Table(
                                "Terminy",
                                List.of(
                                        new Row(List.of("Etap", "Data"), true),
                                        new Row(List.of("Ogłoszenie tu", "2026-03-15 godz. 10"), false),
                                        new Row(List.of("zagnieżdżona tabela"), false))),
                        new Paragraph(runs("Po tabeli"))),
                blocks);
    }

    @Test
    void keepsBoldAndSafeLinksAsRuns() {
        List<Block> blocks =
                BodyBlocks.of("<p>Zob. <strong>ważne</strong> <a href=\" https://bip.klucze.pl/a?b=1&amp;c=2 \">"
                        + "tutaj</a> i <a href=\"javascript:alert(1)\">tam</a>.</p>");

        assertEquals(
                List.of(new Paragraph(List.of(
                        new Run("Zob. ", false, null),
                        new Run("ważne ", true, null),
                        new Run("tutaj ", false, "https://bip.klucze.pl/a?b=1&c=2"),
                        new Run("i ", false, null),
                        new Run("tam", false, null),
                        new Run(".", false, null)))),
                blocks);
    }

    @Test
    void dropsWhatIsNeverShownAndDescribesImages() {
        List<Block> blocks = BodyBlocks.of(
                "<p>Tekst<script>alert(1)</script><style>p{}</style>"
                        + "<img src=\"https://example.org/a.png\" alt=\"Herb gminy\"><img src=\"b.png\"></p>"
                        + "<noscript>bez skryptów</noscript><iframe src=\"https://example.org\">ramka</iframe><title>tytuł</title>");

        assertEquals(
                List.of(
                        new Paragraph(List.of(new Run("Tekst", false, null))),
                        // its own block, so the PDF can tag it as a Figure with the alt text
                        new BodyBlocks.Figure("Herb gminy")),
                blocks);
    }

    @Test
    void emptyBodiesHaveNoBlocks() {
        assertTrue(BodyBlocks.of(null).isEmpty());
        assertTrue(BodyBlocks.of(" <p> </p><div></div> ").isEmpty());
    }

    private static List<Run> runs(String text) {
        return List.of(new Run(text, false, null));
    }
}
