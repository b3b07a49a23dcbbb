package pl.metryka.interfaces.rest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import pl.metryka.domain.model.category.Category;

/** JSON shapes of the menu przedmiotowe: a tree of nodes, and one category with its place in the tree. */
public final class CategoryJson {

    private CategoryJson() {}

    /** {@code url} is the citizen page, {@code documents} the API list of its documents (subcategories included). */
    public record Node(
            long id, String slug, String name, int position, String url, String documents, List<Node> children) {}

    public record Link(String slug, String name, String api) {}

    public record Detail(
            long id,
            String slug,
            String name,
            int position,
            String url,
            String documents,
            long documentCount,
            Link parent,
            List<Link> path,
            List<Node> children) {}

    /** The subtrees below {@code parent} (null: the top level), in menu order. */
    static List<Node> children(Category parent, List<Category> all, String site, String api) {
        List<Node> nodes = new ArrayList<>();
        all.stream()
                .filter(c -> parent == null
                        ? c.parent() == null
                        : c.parent() != null && c.parent().id().equals(parent.id()))
                .sorted(Comparator.comparingInt(Category::position)
                        .thenComparing(Category::name)
                        .thenComparing(Category::id))
                .forEach(c -> nodes.add(node(c, all, site, api)));
        return nodes;
    }

    static Node node(Category c, List<Category> all, String site, String api) {
        return new Node(
                c.id(),
                c.slug(),
                c.name(),
                c.position(),
                site + "/kategoria/" + c.slug(),
                documentsUrl(api, c),
                children(c, all, site, api));
    }

    static Link link(Category c, String api) {
        return new Link(c.slug(), c.name(), api + "/categories/" + c.slug());
    }

    static String documentsUrl(String api, Category c) {
        return api + "/documents?category=" + c.slug();
    }
}
