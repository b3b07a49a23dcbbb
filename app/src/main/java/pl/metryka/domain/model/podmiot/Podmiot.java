package pl.metryka.domain.model.podmiot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The publishing body (podmiot udostępniający informację): one per installation, named on the
 * metryka of every document. A revision keeps the name as it stood when it was published.
 */
@Entity
@Table(name = "podmiot")
public class Podmiot {

    static final short THE_ONLY_ID = 1;

    @Id
    private short id = THE_ONLY_ID;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String address;

    private String phone;
    private String email;
    private String website;
    private String nip;
    private String regon;

    @Column(name = "working_hours")
    private String workingHours;
    /** The address of the electronic inbox on ePUAP, e.g. {@code /ugkluczewsko/SkrytkaESP}. */
    private String epuap;
    /** The adres do doręczeń elektronicznych (e-Doręczenia), e.g. {@code AE:PL-12345-67890-ABCDE-12}. */
    private String ade;

    @Version
    private long version;

    protected Podmiot() {}

    public Podmiot(String name, String address) {
        describe(name, address);
    }

    public final void describe(String name, String address) {
        this.name = requireText(name, "name");
        this.address = requireText(address, "address");
    }

    public void contacts(String phone, String email, String website, String workingHours) {
        this.phone = phone;
        this.email = email;
        this.website = website;
        this.workingHours = workingHours;
    }

    public void electronicInbox(String epuapAddress) {
        this.epuap = epuapAddress;
    }

    public void electronicDelivery(String adeAddress) {
        this.ade = adeAddress;
    }

    public String ade() {
        return ade;
    }

    public void identifiers(String nip, String regon) {
        this.nip = nip;
        this.regon = regon;
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public String website() {
        return website;
    }

    public String nip() {
        return nip;
    }

    public String regon() {
        return regon;
    }

    public String workingHours() {
        return workingHours;
    }

    public String epuap() {
        return epuap;
    }
}
