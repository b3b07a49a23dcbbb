package pl.metryka.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFormulaGuardTest {

    @Test
    void cellsThatStartAFormulaGetOneApostropheAndTheGuardUndoesExactly() {
        assertEquals(
                "'=HYPERLINK(\"http://evil.example\",\"x\")",
                CsvFormulaGuard.guard("=HYPERLINK(\"http://evil.example\",\"x\")"));
        assertEquals("'+1", CsvFormulaGuard.guard("+1"));
        assertEquals("'-2", CsvFormulaGuard.guard("-2"));
        assertEquals("'@SUM(A1)", CsvFormulaGuard.guard("@SUM(A1)"));
        assertEquals("'\tx", CsvFormulaGuard.guard("\tx"));
        assertEquals("'\rx", CsvFormulaGuard.guard("\rx"));
        assertEquals("Uchwała nr 12 = zmiana", CsvFormulaGuard.guard("Uchwała nr 12 = zmiana"));
        assertEquals("", CsvFormulaGuard.guard(""));
        assertNull(CsvFormulaGuard.guard(null));
        for (String value : List.of("=1", "'=1", "''", "'", "zwykły", "", "-", "@", "a'b")) {
            assertEquals(value, CsvFormulaGuard.unguard(CsvFormulaGuard.guard(value)), value);
        }
    }
}
