package pl.metryka.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import pl.metryka.application.CategoryAdministration.Node;
import pl.metryka.application.NotFoundException;
import pl.metryka.domain.model.category.Category;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.interfaces.web.shared.FieldMessages;

/** {@code /panel/administracja/kategoria.xhtml?id=}: rename a category or move it under another. */
@Named("adminCategory")
@ViewScoped
public class CategoryEditPage extends CategoryFormPage {

    private static final long serialVersionUID = 1L;

    private String id;
    private transient Category category;
    private transient List<Node> tree;

    /** Called by the view's f:viewAction. */
    public void load() {
        Long key = AdminForms.parseId(id);
        try {
            category = key == null ? null : administration.category(key);
        } catch (NotFoundException e) {
            category = null;
        }
        if (category != null && name == null) {
            name = category.name();
            parent = category.parent() == null ? "" : category.parent().id().toString();
        }
    }

    public Category getCategory() {
        if (category == null && AdminForms.parseId(id) != null) {
            load();
        }
        return category;
    }

    /** Where it may go: anywhere but itself and its own subcategories. */
    public List<Node> getTargets() {
        if (tree == null) {
            Category self = getCategory();
            tree = administration.tree().stream()
                    .filter(n -> self == null || !n.category().isWithin(self))
                    .toList();
        }
        return tree;
    }

    public void rename() {
        try {
            category = administration.rename(AdminForms.parseId(id), name, AdminForms.remoteAddress());
        } catch (InvalidInputException e) {
            FieldMessages.show(e, "nazwa-kategorii", Map.of("name", "name"));
            return;
        }
        AdminForms.info(lang.text("admin.saved"));
    }

    public void move() {
        try {
            category =
                    administration.move(AdminForms.parseId(id), AdminForms.parseId(parent), AdminForms.remoteAddress());
        } catch (InvalidInputException e) {
            FieldMessages.show(e, "przeniesienie", Map.of("parent", "parent"));
            return;
        }
        tree = null;
        AdminForms.info(lang.text("admin.saved"));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
