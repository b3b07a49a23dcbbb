package pl.metryka.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFolderTest {

    private static final Path SAMPLE = Path.of("deploy/import-sample");
    private static final String HEADER =
            "id_zrodlowe;wersja;kategoria;tytul;plik;autor;stanowisko_autora;data_wytworzenia;"
                    + "data_publikacji;wprowadzajacy;powod_zmiany\n";

    @Test
    void theSampleHasTwentyDocumentsOfTwentyEightRevisions() throws Exception {
        SourceFolder folder = SourceFolder.read(SAMPLE);
        assertEquals(20, folder.documents.size());
        assertTrue(folder.warnings.isEmpty(), folder.warnings.toString());
        SourceDocument waste = folder.documents.stream()
                .filter(d -> d.sourceId.equals("BIP-UG-1018"))
                .findFirst()
                .orElseThrow();
        assertEquals("25–27", waste.lines());
        String request = waste.request(SAMPLE);
        assertTrue(request.contains("\"publishedAt\":\"2024-04-02 08:30\""), request);
        assertEquals(new Problem(27, "data_publikacji", "zła"), waste.locate("revisions[2].publishedAt", "zła"));
        assertEquals(new Problem(25, "kategoria", "brak"), waste.locate("category", "brak"));
        for (SourceDocument d : folder.documents) {
            assertTrue(d.problems().isEmpty(), d.sourceId + ": " + d.problems());
        }
    }

    @Test
    void missingFilesGapsInNumberingAndMissingIdsAreNamedByLineAndColumn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.html"), "<p>x</p>");
        Files.writeString(
                dir.resolve("metadane.csv"),
                HEADER
                        + "A;1;aktualnosci;Tytuł;nie-ma.html;Jan;sekretarz;2024-01-01;2024-01-02 10:00;Ewa;\n"
                        + "B;1;aktualnosci;Tytuł;a.html;Jan;sekretarz;2024-01-01;2024-01-02 10:00;Ewa;\n"
                        + "B;3;aktualnosci;Tytuł;a.html;Jan;sekretarz;2024-01-01;2024-01-03 10:00;Ewa;zmiana\n"
                        + ";1;aktualnosci;Tytuł;a.html;Jan;sekretarz;2024-01-01;2024-01-02 10:00;Ewa;\n"
                        + "C;1;aktualnosci;Tytuł;../poza.html;Jan;sekretarz;2024-01-01;2024-01-02 10:00;Ewa;\n");
        SourceFolder folder = SourceFolder.read(dir);
        assertEquals(4, folder.documents.size());
        SourceDocument a = folder.documents.get(0);
        assertNull(a.request(dir));
        assertEquals(
                "wiersz 2, kolumna plik: Nie ma pliku „nie-ma.html” w folderze importu.",
                a.problems().get(0).toString());
        assertEquals(
                new Problem(
                        4,
                        "wersja",
                        "Wersje dokumentu muszą być numerowane kolejno od 1 bez powtórzeń (oczekiwano 2, jest 3)."),
                folder.documents.get(1).problems().get(0));
        assertEquals(
                new Problem(5, "id_zrodlowe", "Identyfikator źródłowy dokumentu jest wymagany."),
                folder.documents.get(2).problems().get(0));
        SourceDocument c = folder.documents.get(3);
        assertNull(c.request(dir));
        assertEquals("plik", c.problems().get(0).column());
    }

    @Test
    void aMissingRequiredColumnStopsTheImport(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("metadane.csv"), "id_zrodlowe;wersja;tytul\nA;1;x\n");
        FatalProblem problem = assertThrows(FatalProblem.class, () -> SourceFolder.read(dir));
        assertTrue(problem.getMessage().contains("kategoria, plik, autor"), problem.getMessage());
    }
}
