package pl.metryka.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import pl.metryka.application.CategoryAdministration.Node;
import pl.metryka.domain.model.category.Category;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.interfaces.web.shared.FieldMessages;

/**
 * {@code /panel/administracja/kategorie.xhtml}: the menu przedmiotowe as a tree with buttons to
 * move each category up or down among its siblings, a form for a new category, and the statutory
 * menu for an empty installation.
 */
@Named("adminCategories")
@ViewScoped
public class CategoriesPage extends CategoryFormPage {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("name", "name", "parent", "parent");

    private transient List<Node> tree;

    public List<Node> getTree() {
        if (tree == null) {
            tree = administration.tree();
        }
        return tree;
    }

    public void create() {
        Category created;
        try {
            created = administration.create(name, AdminForms.parseId(parent), AdminForms.remoteAddress());
        } catch (InvalidInputException e) {
            FieldMessages.show(e, "nowa-kategoria", FIELDS);
            return;
        }
        AdminForms.info(lang.text("admin.categories.created") + " " + created.name());
        name = null;
        tree = null;
    }

    public void up(long id) {
        administration.shift(id, -1, AdminForms.remoteAddress());
        tree = null;
    }

    public void down(long id) {
        administration.shift(id, 1, AdminForms.remoteAddress());
        tree = null;
    }

    public void createStatutoryMenu() {
        int added = administration.createStatutoryMenu(AdminForms.remoteAddress());
        AdminForms.info(lang.text("admin.categories.statutoryAdded") + " " + added);
        tree = null;
    }
}
