package pl.metryka.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import pl.metryka.domain.model.account.Role;
import pl.metryka.domain.model.category.Category;
import pl.metryka.domain.model.category.CategoryRepository;
import pl.metryka.domain.model.register.RegisterAction;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.domain.shared.Moment;

/**
 * An administrator shapes the menu przedmiotowe: creates, renames, moves and orders categories.
 * Every change goes to the change register ({@code CATEGORY_CREATED}/{@code CATEGORY_CHANGED}) in
 * the same transaction and to the audit log. A rename gives the category an address made from the
 * new name; the old address is remembered and redirects, so links and bookmarks keep working.
 * Documents refer to categories by id and never break.
 */
@Stateless
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class CategoryAdministration {

    static final int MAX_NAME = 300;

    /**
     * The menu every BIP of a public body needs (art. 8 ust. 3 and art. 6 of the act on access to
     * public information, and what bulletins commonly add), for a new installation's empty menu.
     */
    public static final List<String> STATUTORY_MENU = List.of(
            "Status prawny",
            "Organizacja",
            "Organy i osoby sprawujące funkcje",
            "Przedmiot działania i kompetencje",
            "Majątek",
            "Sposób przyjmowania i załatwiania spraw",
            "Prowadzone rejestry, ewidencje i archiwa",
            "Prawo lokalne",
            "Budżet i finanse",
            "Zamówienia publiczne",
            "Ogłoszenia",
            "Nabór na stanowiska",
            "Oświadczenia majątkowe",
            "Wyniki kontroli");

    @Inject
    private CategoryRepository categories;

    @Inject
    private AdministratorChanges changes;

    /** One line of the menu as the administration lists it: depth-first, each level in its order. */
    public record Node(Category category, int depth, boolean first, boolean last) {}

    public List<Node> tree() {
        List<Category> all = categories.all();
        List<Node> nodes = new ArrayList<>();
        addChildren(null, all, 0, nodes);
        return nodes;
    }

    public Category category(long id) {
        return categories.find(id).orElseThrow(() -> new NotFoundException("Nie ma kategorii " + id + "."));
    }

    /** Fields: {@code name}, {@code parent}. Placed last among its siblings. */
    public Category create(String name, Long parentId, String remoteAddress) {
        String clean = validName(name);
        Category parent = chosenParent(parentId);
        Category category =
                new Category(parent, SlugMaker.slugFor(clean, categories::slugInUse), clean, nextPosition(parent));
        categories.store(category);
        record(
                RegisterAction.CATEGORY_CREATED,
                category,
                parent == null ? "Nowa kategoria menu przedmiotowego" : "Nowa kategoria w „" + parent.name() + "”");
        changes.record("CATEGORY_CREATE", "/kategoria/" + category.slug(), clean, remoteAddress);
        return category;
    }

    /** Field: {@code name}. The address follows the name; the old one redirects to the new. */
    public Category rename(long id, String newName, String remoteAddress) {
        Category category = category(id);
        String clean = validName(newName);
        if (clean.equals(category.name())) {
            return category;
        }
        String oldName = category.name();
        String oldSlug = category.slug();
        String base = SlugMaker.asciiSlug(clean);
        String newSlug = base.equals(oldSlug)
                ? oldSlug
                : SlugMaker.slugFor(
                        clean, s -> !s.equals(oldSlug) && !ownFormerSlug(s, category) && categories.slugInUse(s));
        Instant now = Moment.now();
        category.rename(clean, newSlug);
        categories.store(category);
        if (!newSlug.equals(oldSlug)) {
            categories.rememberFormerSlug(category, oldSlug, now);
        }
        String reason = "Zmiana nazwy z „" + oldName + "” na „" + clean + "”"
                + (newSlug.equals(oldSlug)
                        ? ""
                        : "; adres /kategoria/" + oldSlug + " prowadzi do /kategoria/" + newSlug);
        record(RegisterAction.CATEGORY_CHANGED, category, reason);
        changes.record("CATEGORY_RENAME", "/kategoria/" + newSlug, reason, remoteAddress);
        return category;
    }

    /** Field: {@code parent} (null: the top of the menu). Placed last under the new parent. */
    public Category move(long id, Long newParentId, String remoteAddress) {
        Category category = category(id);
        Category newParent = chosenParent(newParentId);
        Category oldParent = category.parent();
        if (Objects.equals(id(oldParent), id(newParent))) {
            return category;
        }
        if (newParent != null && newParent.isWithin(category)) {
            throw InvalidInputException.of("parent", "category.parent.within");
        }
        category.moveUnder(newParent, nextPosition(newParent));
        categories.store(category);
        renumber(oldParent);
        String reason = "Przeniesiono z „" + label(oldParent) + "” do „" + label(newParent) + "”";
        record(RegisterAction.CATEGORY_CHANGED, category, reason);
        changes.record("CATEGORY_MOVE", "/kategoria/" + category.slug(), reason, remoteAddress);
        return category;
    }

    /** One place earlier ({@code -1}) or later ({@code +1}) among its siblings. */
    public void shift(long id, int by, String remoteAddress) {
        Category category = category(id);
        List<Category> siblings = new ArrayList<>(siblingsOf(category.parent()));
        int from = siblings.indexOf(category);
        int to = from + Integer.signum(by);
        if (from < 0 || to < 0 || to >= siblings.size()) {
            return;
        }
        siblings.remove(from);
        siblings.add(to, category);
        for (int i = 0; i < siblings.size(); i++) {
            siblings.get(i).placeAt(i);
            categories.store(siblings.get(i));
        }
        String reason =
                "Zmiana kolejności w „" + label(category.parent()) + "”: pozycja " + (from + 1) + " → " + (to + 1);
        record(RegisterAction.CATEGORY_CHANGED, category, reason);
        changes.record("CATEGORY_ORDER", "/kategoria/" + category.slug(), reason, remoteAddress);
    }

    /** Adds the statutory menu's categories the top level lacks (by name); returns how many were added. */
    public int createStatutoryMenu(String remoteAddress) {
        List<String> present = siblingsOf(null).stream().map(Category::name).toList();
        int added = 0;
        for (String name : STATUTORY_MENU) {
            if (!present.contains(name)) {
                create(name, null, remoteAddress);
                added++;
            }
        }
        return added;
    }

    private boolean ownFormerSlug(String slug, Category category) {
        return categories
                .formerlyAt(slug)
                .map(c -> c.id().equals(category.id()))
                .orElse(false);
    }

    private void renumber(Category parent) {
        List<Category> siblings = siblingsOf(parent);
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i).position() != i) {
                siblings.get(i).placeAt(i);
                categories.store(siblings.get(i));
            }
        }
    }

    private List<Category> siblingsOf(Category parent) {
        return categories.all().stream()
                .filter(c -> Objects.equals(id(c.parent()), id(parent)))
                .sorted(Comparator.comparingInt(Category::position).thenComparing(Category::name))
                .toList();
    }

    private int nextPosition(Category parent) {
        return siblingsOf(parent).stream().mapToInt(Category::position).max().orElse(-1) + 1;
    }

    private static void addChildren(Category parent, List<Category> all, int depth, List<Node> into) {
        List<Category> children = all.stream()
                .filter(c -> Objects.equals(id(c.parent()), id(parent)))
                .sorted(Comparator.comparingInt(Category::position).thenComparing(Category::name))
                .toList();
        for (int i = 0; i < children.size(); i++) {
            into.add(new Node(children.get(i), depth, i == 0, i == children.size() - 1));
            addChildren(children.get(i), all, depth + 1, into);
        }
    }

    private static String validName(String name) {
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of("name", "category.name.required");
        }
        String clean = name.strip().replaceAll("\\s+", " ");
        if (clean.length() > MAX_NAME) {
            throw InvalidInputException.of("name", "category.name.tooLong", String.valueOf(MAX_NAME));
        }
        return clean;
    }

    private static Long id(Category c) {
        return c == null ? null : c.id();
    }

    private static String label(Category c) {
        return c == null ? "menu główne" : c.name();
    }

    private void record(RegisterAction action, Category category, String reason) {
        changes.register(action, "Kategoria „" + category.name() + "” (/kategoria/" + category.slug() + ")", reason);
    }

    /** The chosen parent, a refusal naming the field when there is no such category, or null: the top of the menu. */
    private Category chosenParent(Long parentId) {
        return parentId == null
                ? null
                : categories
                        .find(parentId)
                        .orElseThrow(() -> InvalidInputException.of("parent", "category.parent.unknown"));
    }
}
