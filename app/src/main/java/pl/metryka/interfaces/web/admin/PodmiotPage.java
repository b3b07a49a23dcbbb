package pl.metryka.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import pl.metryka.application.SiteAdministration;
import pl.metryka.application.SiteAdministration.EditorData;
import pl.metryka.application.SiteAdministration.PodmiotData;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.interfaces.web.shared.FieldMessages;
import pl.metryka.interfaces.web.shared.Language;

/**
 * {@code /panel/administracja/podmiot.xhtml}: the podmiot's data (they appear in the site's header
 * and footer, on the Redakcja page and on every new metryka) and the editors the Redakcja page names.
 */
@Named("adminPodmiot")
@ViewScoped
public class PodmiotPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> PODMIOT_FIELDS =
            List.of("name", "address", "nip", "regon", "phone", "email", "website", "epuap", "ade", "workingHours");
    private static final Map<String, String> EDITOR_FIELDS =
            Map.of("fullName", "fullName", "position", "position", "phone", "phone", "fax", "fax", "email", "email");

    @Inject
    private SiteAdministration administration;

    @Inject
    private Language lang;

    private String name;
    private String address;
    private String nip;
    private String regon;
    private String phone;
    private String email;
    private String website;
    private String epuap;
    private String ade;
    private String workingHours;
    private final EditorForm editor = new EditorForm();
    private transient List<EditorData> editors;

    /** Called by the view's f:viewAction on the first request only. */
    public void load() {
        PodmiotData p = administration.podmiot();
        name = p.name();
        address = p.address();
        nip = p.nip();
        regon = p.regon();
        phone = p.phone();
        email = p.email();
        website = p.website();
        epuap = p.epuap();
        ade = p.ade();
        workingHours = p.workingHours();
    }

    public void save() {
        try {
            administration.savePodmiot(
                    new PodmiotData(name, address, nip, regon, phone, email, website, epuap, ade, workingHours),
                    AdminForms.remoteAddress());
        } catch (InvalidInputException e) {
            FieldMessages.show(e, "podmiot", PODMIOT_FIELDS.stream().collect(Collectors.toMap(f -> f, f -> f)));
            return;
        }
        AdminForms.info(lang.text("admin.saved"));
    }

    public List<EditorData> getEditors() {
        if (editors == null) {
            editors = administration.editors();
        }
        return editors;
    }

    public void edit(EditorData data) {
        editor.fill(data);
    }

    public void newEditor() {
        editor.fill(null);
    }

    public void saveEditor() {
        try {
            administration.saveEditor(editor.data(), AdminForms.remoteAddress());
        } catch (InvalidInputException e) {
            FieldMessages.show(e, "osoba", EDITOR_FIELDS);
            return;
        }
        AdminForms.info(lang.text("admin.saved"));
        editor.fill(null);
        editors = null;
    }

    public void up(long id) {
        administration.shiftEditor(id, -1, AdminForms.remoteAddress());
        editors = null;
    }

    public void down(long id) {
        administration.shiftEditor(id, 1, AdminForms.remoteAddress());
        editors = null;
    }

    public void removeEditor(long id) {
        try {
            administration.removeEditor(id, AdminForms.remoteAddress());
        } catch (InvalidInputException e) {
            FieldMessages.show(e, "osoby", Map.of());
            return;
        }
        AdminForms.info(lang.text("admin.podmiot.editorRemoved"));
        editor.fill(null);
        editors = null;
    }

    /** The editor being added or changed. */
    public static class EditorForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private String fullName;
        private String position;
        private String phone;
        private String fax;
        private String email;

        void fill(EditorData d) {
            id = d == null ? null : d.id();
            fullName = d == null ? null : d.fullName();
            position = d == null ? null : d.position();
            phone = d == null ? null : d.phone();
            fax = d == null ? null : d.fax();
            email = d == null ? null : d.email();
        }

        EditorData data() {
            return new EditorData(id, fullName, position, phone, fax, email, 0);
        }

        public boolean isExisting() {
            return id != null;
        }

        public String getFullName() {
            return fullName;
        }

        public void setFullName(String fullName) {
            this.fullName = fullName;
        }

        public String getPosition() {
            return position;
        }

        public void setPosition(String position) {
            this.position = position;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getFax() {
            return fax;
        }

        public void setFax(String fax) {
            this.fax = fax;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }

    public EditorForm getEditor() {
        return editor;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getNip() {
        return nip;
    }

    public void setNip(String nip) {
        this.nip = nip;
    }

    public String getRegon() {
        return regon;
    }

    public void setRegon(String regon) {
        this.regon = regon;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getEpuap() {
        return epuap;
    }

    public void setEpuap(String epuap) {
        this.epuap = epuap;
    }

    public String getAde() {
        return ade;
    }

    public void setAde(String ade) {
        this.ade = ade;
    }

    public String getWorkingHours() {
        return workingHours;
    }

    public void setWorkingHours(String workingHours) {
        this.workingHours = workingHours;
    }
}
