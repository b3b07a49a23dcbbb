package pl.metryka.domain.model.category;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A node of the menu przedmiotowe (the statutory subject menu), a tree of any depth. */
@Entity
@Table(name = "category")
@NamedQuery(name = "Category.all", query = "SELECT c FROM Category c ORDER BY c.position, c.name")
@NamedQuery(name = "Category.bySlug", query = "SELECT c FROM Category c WHERE c.slug = :slug")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Category parent;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String name;

    private int position;

    @Version
    private long version;

    protected Category() {}

    public Category(Category parent, String slug, String name, int position) {
        this.parent = parent;
        this.slug = slug;
        this.name = name;
        this.position = position;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    /** A new name with the address made from it; the old address is remembered by the repository. */
    public void rename(String newName, String newSlug) {
        this.name = newName;
        this.slug = newSlug;
    }

    /** Under another parent (null: the top of the menu), at the given place among its children. */
    public void moveUnder(Category newParent, int newPosition) {
        if (newParent != null && newParent.path().contains(this)) {
            throw new IllegalArgumentException("A category cannot be moved under itself or its own subcategory.");
        }
        this.parent = newParent;
        this.position = newPosition;
    }

    public void placeAt(int newPosition) {
        this.position = newPosition;
    }

    /** Whether this is {@code other} or lies somewhere under it. */
    public boolean isWithin(Category other) {
        return path().stream().anyMatch(c -> c.id != null && c.id.equals(other.id));
    }

    /** From the top of the menu down to this category. */
    public List<Category> path() {
        List<Category> path = new ArrayList<>();
        for (Category c = this; c != null; c = c.parent) {
            path.add(c);
        }
        Collections.reverse(path);
        return path;
    }

    public Long id() {
        return id;
    }

    public Category parent() {
        return parent;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public int position() {
        return position;
    }
}
