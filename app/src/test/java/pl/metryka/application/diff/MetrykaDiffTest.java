package pl.metryka.application.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetrykaDiffTest {

    @Test
    void listsOnlyTheFieldsThatDifferInTheirOrder() {
        Map<String, String> before = metryka("Zarządzenie nr 12/2026", "Jan Kowalski", "Sekretarz Gminy", "2026-03-02");
        Map<String, String> after = metryka("Zarządzenie nr 12/2026", "Anna Nowak", "Skarbnik Gminy", "2026-03-02");

        assertEquals(
                List.of(
                        new FieldChange("Osoba sporządzająca dokument", "Jan Kowalski", "Anna Nowak"),
                        new FieldChange("Stanowisko", "Sekretarz Gminy", "Skarbnik Gminy")),
                MetrykaDiff.compare(before, after));
    }

    @Test
    void identicalMetrykaHasNoChanges() {
        Map<String, String> same = metryka("Uchwała", "Jan Kowalski", "Sekretarz Gminy", "2026-03-02");

        assertTrue(MetrykaDiff.compare(same, new LinkedHashMap<>(same)).isEmpty());
        assertTrue(MetrykaDiff.compare(null, null).isEmpty());
    }

    @Test
    void aFieldOnlyOneRevisionHasIsAChangeWithNullOnTheOtherSide() {
        Map<String, String> before = metryka("Uchwała", "Jan Kowalski", "Sekretarz Gminy", "2026-03-02");
        Map<String, String> after = new LinkedHashMap<>(before);
        after.remove("Stanowisko");
        after.put("Powód zmiany", "Poprawka literówki");

        assertEquals(
                List.of(
                        new FieldChange("Stanowisko", "Sekretarz Gminy", null),
                        new FieldChange("Powód zmiany", null, "Poprawka literówki")),
                MetrykaDiff.compare(before, after));
    }

    private static Map<String, String> metryka(String title, String author, String position, String created) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Tytuł", title);
        fields.put("Osoba sporządzająca dokument", author);
        fields.put("Stanowisko", position);
        fields.put("Data wytworzenia", created);
        return fields;
    }
}
