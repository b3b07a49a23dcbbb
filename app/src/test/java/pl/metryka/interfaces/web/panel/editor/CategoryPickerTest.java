package pl.metryka.interfaces.web.panel.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.metryka.domain.model.category.Category;
import pl.metryka.domain.model.category.CategoryTree;

/** The picker shows the menu as a tree: one group per top-level category, the rest indented, in menu order. */
class CategoryPickerTest {

    @Test
    void theMenuBecomesGroupsOfIndentedOptionsInMenuOrder() {
        Category prawo = new Category(null, "prawo-lokalne", "Prawo lokalne", 1);
        Category urzad = new Category(null, "urzad", "Urząd", 0);
        Category uchwaly = new Category(prawo, "uchwaly", "Uchwały", 1);
        Category zarzadzenia = new Category(prawo, "zarzadzenia", "Zarządzenia", 0);
        Category rok = new Category(uchwaly, "uchwaly-2026", "2026", 0);
        Category kontakt = new Category(urzad, "kontakt", "Kontakt", 0);
        // stored in no particular order, as the repository may return them
        List<Category> all = List.of(rok, uchwaly, kontakt, prawo, zarzadzenia, urzad);

        List<CategoryTree.Entry> tree = CategoryTree.inMenuOrder(all);
        assertEquals(
                List.of("Urząd", "Kontakt", "Prawo lokalne", "Zarządzenia", "Uchwały", "2026"),
                tree.stream().map(e -> e.category().name()).toList());
        assertEquals(
                List.of(0, 1, 0, 1, 1, 2),
                tree.stream().map(CategoryTree.Entry::depth).toList());

        List<SelectItem> items = CategoryPicker.items(tree);
        assertEquals(
                List.of("Urząd", "Prawo lokalne"),
                items.stream().map(SelectItem::getLabel).toList());
        SelectItemGroup law = (SelectItemGroup) items.get(1);
        String indent = CategoryPicker.INDENT;
        assertEquals(
                List.of("Prawo lokalne", indent + "– Zarządzenia", indent + "– Uchwały", indent + indent + "– 2026"),
                Arrays.stream(law.getSelectItems()).map(SelectItem::getLabel).toList());
    }
}
