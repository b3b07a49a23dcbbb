package pl.metryka.domain.model.site;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One of the people editing the bulletin (osoba redagująca), as the Redakcja page names them. */
@Entity
@Table(name = "editor_contact")
@NamedQuery(name = "EditorialContact.all", query = "SELECT e FROM EditorialContact e ORDER BY e.positionOrder, e.id")
public class EditorialContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    private String position;
    private String phone;
    private String fax;
    private String email;

    @Column(name = "position_order")
    private int positionOrder;

    @Version
    private long version;

    protected EditorialContact() {}

    public EditorialContact(String fullName, String position, int positionOrder) {
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("fullName is required");
        }
        this.fullName = fullName.strip();
        this.position = position;
        this.positionOrder = positionOrder;
    }

    public void describe(String newFullName, String newPosition, int newOrder) {
        if (newFullName == null || newFullName.isBlank()) {
            throw new IllegalArgumentException("fullName is required");
        }
        this.fullName = newFullName.strip();
        this.position = newPosition;
        this.positionOrder = newOrder;
    }

    public EditorialContact reachableAt(String phone, String fax, String email) {
        this.phone = phone;
        this.fax = fax;
        this.email = email;
        return this;
    }

    public Long id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public String position() {
        return position;
    }

    public String phone() {
        return phone;
    }

    public String fax() {
        return fax;
    }

    public String email() {
        return email;
    }

    public int positionOrder() {
        return positionOrder;
    }
}
