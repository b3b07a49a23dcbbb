package pl.metryka.application.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares the metryka of two revisions, given as ordered label → value maps (for example
 * "Tytuł", "Osoba sporządzająca dokument", "Stanowisko", "Data wytworzenia").
 */
public final class MetrykaDiff {

    private MetrykaDiff() {}

    /**
     * The fields whose values differ, in the order of {@code before}, then any labels that only
     * {@code after} has, in its order. Values are compared exactly.
     */
    public static List<FieldChange> compare(Map<String, String> before, Map<String, String> after) {
        Map<String, String> older = before == null ? Map.of() : before;
        Map<String, String> newer = after == null ? Map.of() : after;
        Set<String> labels = new LinkedHashSet<>(older.keySet());
        labels.addAll(newer.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String label : labels) {
            String was = older.get(label);
            String is = newer.get(label);
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChange(label, was, is));
            }
        }
        return List.copyOf(changes);
    }
}
