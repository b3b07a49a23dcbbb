package pl.metryka.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * Who produced the information and when (osoba sporządzająca, her or his stanowisko, data
 * wytworzenia), as the clerk entered it. One type, because a revision's metryka and an amendment
 * proposal keep the same three facts taken from the same {@link RevisionContent}; the metryka maps
 * {@code author} to its own column name ({@code author_name}).
 */
@Embeddable
public class Authorship {

    @Column(name = "author")
    private String author;

    @Column(name = "author_position")
    private String authorPosition;

    @Column(name = "created_on")
    private LocalDate createdOn;

    protected Authorship() {}

    Authorship(RevisionContent content) {
        this.author = content.author();
        this.authorPosition = content.authorPosition();
        this.createdOn = content.createdOn();
    }

    public String author() {
        return author;
    }

    public String authorPosition() {
        return authorPosition;
    }

    public LocalDate createdOn() {
        return createdOn;
    }
}
