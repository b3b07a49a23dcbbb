package pl.metryka.interfaces.web.citizen;

import java.util.List;
import java.util.Objects;
import pl.metryka.domain.model.category.Category;

/**
 * The menu przedmiotowe as nested {@code <ul>} lists of any depth. Written in Java because a
 * Facelets include cannot recurse over a tree whose depth is known only at render time.
 */
final class SiteMapTree {

    private SiteMapTree() {}

    /** {@code categories} in menu order; an empty string when there are none. */
    static String html(List<Category> categories, String contextPath) {
        StringBuilder out = new StringBuilder();
        list(categories, null, contextPath, out);
        return out.toString();
    }

    private static void list(List<Category> all, Category parent, String contextPath, StringBuilder out) {
        List<Category> children =
                all.stream().filter(c -> sameNode(c.parent(), parent)).toList();
        if (children.isEmpty()) {
            return;
        }
        out.append("<ul>");
        for (Category c : children) {
            out.append("<li><a href=\"")
                    .append(escape(contextPath))
                    .append("/kategoria/")
                    .append(escape(c.slug()))
                    .append("\">")
                    .append(escape(c.name()))
                    .append("</a>");
            list(all, c, contextPath, out);
            out.append("</li>");
        }
        out.append("</ul>");
    }

    private static boolean sameNode(Category a, Category b) {
        if (a == b) {
            return true;
        }
        return a != null && b != null && a.id() != null && Objects.equals(a.id(), b.id());
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
