package pl.metryka.domain.model.category;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The menu przedmiotowe in reading order: depth-first, each level in its administrator's order. */
public final class CategoryTree {

    /** One category with how deep it sits (0 at the top of the menu). */
    public record Entry(Category category, int depth) {}

    private CategoryTree() {}

    public static List<Entry> inMenuOrder(List<Category> all) {
        List<Entry> out = new ArrayList<>();
        add(null, all, 0, out);
        return out;
    }

    private static void add(Category parent, List<Category> all, int depth, List<Entry> out) {
        List<Category> children = all.stream()
                .filter(c -> sameNode(c.parent(), parent))
                .sorted(Comparator.comparingInt(Category::position).thenComparing(Category::name))
                .toList();
        for (Category child : children) {
            out.add(new Entry(child, depth));
            add(child, all, depth + 1, out);
        }
    }

    private static boolean sameNode(Category a, Category b) {
        return a == b || a != null && b != null && a.id() != null && Objects.equals(a.id(), b.id());
    }
}
