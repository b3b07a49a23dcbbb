package pl.metryka.domain.model.site;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * Who last changed a setting of the site and when, kept with the setting itself (columns
 * {@code updated_by} and {@code updated_at}, for the logo {@code uploaded_by} and
 * {@code uploaded_at}); one type, so every edited setting records the same two facts the same way.
 */
@Embeddable
public class LastEdit {

    @Column(name = "updated_at", nullable = false)
    private Instant at;

    @Column(name = "updated_by", nullable = false)
    private String by;

    protected LastEdit() {}

    LastEdit(String by, Instant at) {
        this.by = Objects.requireNonNull(by, "by");
        this.at = Objects.requireNonNull(at, "at");
    }

    public Instant at() {
        return at;
    }

    public String by() {
        return by;
    }
}
