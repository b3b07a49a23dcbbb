package pl.metryka.interfaces.web.panel.editor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.domain.model.category.Category;
import pl.metryka.domain.model.category.CategoryTree;

/**
 * The category picker of the editor and of moving a document: the menu as a tree in a native
 * {@code <select>}, one {@code <optgroup>} per top-level category (screen readers announce the
 * group on entering it) holding that category and, indented, everything under it, in the menu's
 * order. A filter box beside it ({@code category-filter.js}) hides options that do not match.
 */
@Named("categoryPicker")
@RequestScoped
public class CategoryPicker {

    /** Two no-break spaces a level: plain spaces at the start of an option are collapsed. */
    static final String INDENT = "\u00a0\u00a0\u00a0";

    @Inject
    private DocumentCatalog catalog;

    private List<SelectItem> items;

    public List<SelectItem> getItems() {
        if (items == null) {
            items = items(CategoryTree.inMenuOrder(catalog.categories()));
        }
        return items;
    }

    static List<SelectItem> items(List<CategoryTree.Entry> tree) {
        List<SelectItem> groups = new ArrayList<>();
        SelectItemGroup group = null;
        List<SelectItem> options = new ArrayList<>();
        for (CategoryTree.Entry e : tree) {
            if (e.depth() == 0) {
                close(group, options);
                group = new SelectItemGroup(e.category().name());
                groups.add(group);
                options = new ArrayList<>();
            }
            options.add(new SelectItem(e.category().id(), label(e)));
        }
        close(group, options);
        return groups;
    }

    /** The category's place in the menu, "Prawo lokalne › Uchwały", or an empty text. */
    public String pathOf(Long id) {
        if (id == null) {
            return "";
        }
        return catalog.categories().stream()
                .filter(c -> id.equals(c.id()))
                .findFirst()
                .map(c ->
                        String.join(" › ", c.path().stream().map(Category::name).toList()))
                .orElse("");
    }

    /** "Uchwały" under a group; deeper ones indented with a dash, so the level shows without colour. */
    static String label(CategoryTree.Entry e) {
        Category c = e.category();
        return e.depth() == 0 ? c.name() : INDENT.repeat(e.depth()) + "– " + c.name();
    }

    private static void close(SelectItemGroup group, List<SelectItem> options) {
        if (group != null) {
            group.setSelectItems(options.toArray(new SelectItem[0]));
        }
    }
}
