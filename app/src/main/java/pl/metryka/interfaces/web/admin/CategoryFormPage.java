package pl.metryka.interfaces.web.admin;

import jakarta.inject.Inject;
import java.io.Serializable;
import pl.metryka.application.CategoryAdministration;
import pl.metryka.application.CategoryAdministration.Node;
import pl.metryka.interfaces.web.shared.Language;

/**
 * What the form adding a category and the form editing one share: its name and its parent (the
 * id as the select list sends it, empty for the top level), chosen from the tree shown indented.
 */
abstract class CategoryFormPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CategoryAdministration administration;

    @Inject
    Language lang;

    String name;
    String parent;

    /** "– Name" indented by depth, for the parent choice. */
    public String indented(Node node) {
        return "– ".repeat(node.depth()) + node.category().name();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getParent() {
        return parent;
    }

    public void setParent(String parent) {
        this.parent = parent;
    }
}
