package pl.metryka.domain.model.site;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/**
 * The edited text of one statutory page (Redakcja, Instrukcja, ...), identified by its address.
 * The body is sanitized HTML; a page without a stored text shows its default text.
 */
@Entity
@Table(name = "statutory_page")
public class StatutoryPage {

    /** The statutory pages every strona podmiotowa has, by address (also their order on the site map). */
    public static final List<String> SLUGS = List.of(
            "redakcja",
            "instrukcja",
            "informacje-nieudostepnione",
            "ponowne-wykorzystywanie",
            "deklaracja-dostepnosci",
            "ochrona-danych",
            "mapa-strony");

    @Id
    private String slug;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    @Embedded
    private LastEdit lastEdit;

    @Version
    private long version;

    protected StatutoryPage() {}

    public StatutoryPage(String slug) {
        if (!SLUGS.contains(slug)) {
            throw new IllegalArgumentException("not a statutory page: " + slug);
        }
        this.slug = slug;
    }

    public void edit(String title, String sanitizedBody, String by, Instant at) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title is required");
        }
        this.title = title.strip();
        this.body = sanitizedBody == null ? "" : sanitizedBody;
        this.lastEdit = new LastEdit(by, at);
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public LastEdit lastEdit() {
        return lastEdit;
    }
}
