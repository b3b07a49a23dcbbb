package pl.metryka.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import pl.metryka.domain.model.account.Role;
import pl.metryka.domain.model.podmiot.Podmiot;
import pl.metryka.domain.model.podmiot.PodmiotRepository;
import pl.metryka.domain.model.site.EditorialContact;
import pl.metryka.domain.model.site.EditorialContactRepository;
import pl.metryka.domain.model.site.StatutoryPage;
import pl.metryka.domain.shared.FieldError;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.domain.shared.Moment;
import pl.metryka.domain.shared.Sha256;

/**
 * An administrator's settings of the strona podmiotowa: the podmiot's data (name, address,
 * identifiers, contacts, ePUAP, office hours), the editors the Redakcja page names, and the text
 * of each statutory page. Each change goes to the change register as {@code SETTINGS_CHANGED} and
 * to the audit log.
 */
@Stateless
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class SiteAdministration {

    private static final Pattern EPUAP = Pattern.compile("/[A-Za-z0-9._-]+/[A-Za-z0-9._-]+");
    private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s]+");
    /** The adres do doręczeń elektronicznych: AE:PL- and four groups of 5, 5, 5 and 2 letters or digits. */
    static final Pattern ADE = Pattern.compile("AE:PL-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{2}");

    @Inject
    private PodmiotRepository podmioty;

    @Inject
    private EditorialContactRepository editors;

    @Inject
    private StatutoryPages statutoryPages;

    @Inject
    private BodySanitizer sanitizer;

    @Inject
    private AdministratorChanges changes;

    /** The podmiot's settings as a form holds them; every field is text as typed. */
    public record PodmiotData(
            String name,
            String address,
            String nip,
            String regon,
            String phone,
            String email,
            String website,
            String epuap,
            String ade,
            String workingHours) {
        static PodmiotData of(Podmiot p) {
            return new PodmiotData(
                    p.name(),
                    p.address(),
                    p.nip(),
                    p.regon(),
                    p.phone(),
                    p.email(),
                    p.website(),
                    p.epuap(),
                    p.ade(),
                    p.workingHours());
        }
    }

    /** An editor named on the Redakcja page, as a form holds them; {@code id} is null for a new one. */
    public record EditorData(
            Long id, String fullName, String position, String phone, String fax, String email, int order) {
        static EditorData of(EditorialContact e) {
            return new EditorData(e.id(), e.fullName(), e.position(), e.phone(), e.fax(), e.email(), e.positionOrder());
        }
    }

    public PodmiotData podmiot() {
        return podmioty.find()
                .map(PodmiotData::of)
                .orElse(new PodmiotData("", "", null, null, null, null, null, null, null, null));
    }

    /**
     * Fields: {@code name}, {@code address}, {@code nip}, {@code regon}, {@code phone}, {@code email},
     * {@code website}, {@code epuap}, {@code ade}, {@code workingHours}; {@code editors} when no editor
     * meets the § 11 minimum. The name already on published metryki stays.
     */
    public void savePodmiot(PodmiotData data, String remoteAddress) {
        PodmiotData clean = new PodmiotData(
                strip(data.name()),
                strip(data.address()),
                strip(data.nip()),
                strip(data.regon()),
                strip(data.phone()),
                strip(data.email()),
                strip(data.website()),
                strip(data.epuap()),
                strip(data.ade()) == null ? null : strip(data.ade()).toUpperCase(java.util.Locale.ROOT),
                strip(data.workingHours()));
        List<FieldError> errors = new ArrayList<>();
        required(errors, "name", clean.name(), "site.name.required", 300);
        required(errors, "address", clean.address(), "site.address.required", 500);
        if (clean.nip() != null && !validNip(digits(clean.nip()))) {
            errors.add(FieldError.of("nip", "site.nip.invalid"));
        }
        if (clean.regon() != null && !validRegon(digits(clean.regon()))) {
            errors.add(FieldError.of("regon", "site.regon.invalid"));
        }
        optional(errors, "phone", clean.phone(), ContactFormats.PHONE, "site.phone.invalid");
        optional(errors, "email", clean.email(), ContactFormats.EMAIL, "site.email.invalid");
        optional(errors, "website", clean.website(), WEBSITE, "site.website.invalid");
        optional(errors, "epuap", clean.epuap(), EPUAP, "site.epuap.invalid");
        optional(errors, "ade", clean.ade(), ADE, "site.ade.invalid");
        if (clean.workingHours() != null && clean.workingHours().length() > 500) {
            errors.add(FieldError.of("workingHours", "site.workingHours.tooLong"));
        }
        if (editors.all().stream().noneMatch(SiteAdministration::meetsParagraph11)) {
            errors.add(FieldError.of("editors", "site.editors.paragraph11"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PodmiotData before = podmiot();
        Podmiot podmiot = podmioty.find().orElse(null);
        if (podmiot == null) {
            podmiot = new Podmiot(clean.name(), clean.address());
        } else {
            podmiot.describe(clean.name(), clean.address());
        }
        podmiot.identifiers(clean.nip(), clean.regon());
        podmiot.contacts(clean.phone(), clean.email(), clean.website(), clean.workingHours());
        podmiot.electronicInbox(clean.epuap());
        podmiot.electronicDelivery(clean.ade());
        podmioty.store(podmiot);
        String changed = changedFields(before, clean);
        if (changed.isEmpty()) {
            return;
        }
        changes.register(Moment.now(), "Dane podmiotu", "Zmienione pola: " + changed, Sha256.hex(clean.toString()));
        changes.record("PODMIOT_CHANGE", "podmiot", changed, remoteAddress);
    }

    public List<EditorData> editors() {
        return editors.all().stream().map(EditorData::of).toList();
    }

    /** Fields: {@code fullName}, {@code position}, {@code phone}, {@code fax}, {@code email}. New when id is null. */
    public void saveEditor(EditorData data, String remoteAddress) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "fullName", strip(data.fullName()), "person.fullName.required", 200);
        optional(errors, "phone", strip(data.phone()), ContactFormats.PHONE, "site.phone.invalid");
        optional(errors, "fax", strip(data.fax()), ContactFormats.PHONE, "site.fax.invalid");
        optional(errors, "email", strip(data.email()), ContactFormats.EMAIL, "site.email.invalid");
        if (strip(data.position()) != null && strip(data.position()).length() > 300) {
            errors.add(FieldError.of("position", "site.position.tooLong"));
        }
        // checked before any entity changes: nothing half-changed can be flushed by a later query
        boolean othersMeet = editors.all().stream()
                .filter(e -> data.id() == null || !data.id().equals(e.id()))
                .anyMatch(SiteAdministration::meetsParagraph11);
        if (errors.isEmpty() && !othersMeet && (strip(data.phone()) == null || strip(data.email()) == null)) {
            errors.add(FieldError.of(strip(data.phone()) == null ? "phone" : "email", "site.editors.paragraph11"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        EditorialContact contact;
        if (data.id() == null) {
            int order = editors.all().stream()
                            .mapToInt(EditorialContact::positionOrder)
                            .max()
                            .orElse(-1)
                    + 1;
            contact = new EditorialContact(strip(data.fullName()), strip(data.position()), order);
        } else {
            contact =
                    editors.find(data.id()).orElseThrow(() -> new NotFoundException("Nie ma osoby " + data.id() + "."));
            contact.describe(strip(data.fullName()), strip(data.position()), contact.positionOrder());
        }
        contact.reachableAt(strip(data.phone()), strip(data.fax()), strip(data.email()));
        editors.store(contact);
        String what = (data.id() == null ? "Dodano osobę redagującą: " : "Zmieniono dane osoby redagującej: ")
                + contact.fullName();
        changes.register(Moment.now(), "Redakcja: osoby redagujące", what, null);
        changes.record("EDITOR_CONTACT_SAVE", "redakcja", what, remoteAddress);
    }

    public void removeEditor(long id, String remoteAddress) {
        EditorialContact contact =
                editors.find(id).orElseThrow(() -> new NotFoundException("Nie ma osoby " + id + "."));
        if (meetsParagraph11(contact)
                && editors.all().stream().filter(e -> e.id() != id).noneMatch(SiteAdministration::meetsParagraph11)) {
            throw InvalidInputException.of("editors", "site.editors.lastComplete", contact.fullName());
        }
        String what = "Usunięto osobę redagującą: " + contact.fullName();
        editors.remove(contact);
        changes.register(Moment.now(), "Redakcja: osoby redagujące", what, null);
        changes.record("EDITOR_CONTACT_REMOVE", "redakcja", what, remoteAddress);
    }

    /** One place earlier ({@code -1}) or later ({@code +1}) on the Redakcja page. */
    public void shiftEditor(long id, int by, String remoteAddress) {
        List<EditorialContact> all = new ArrayList<>(editors.all());
        int from = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == id) {
                from = i;
            }
        }
        int to = from + Integer.signum(by);
        if (from < 0 || to < 0 || to >= all.size()) {
            return;
        }
        EditorialContact moved = all.remove(from);
        all.add(to, moved);
        for (int i = 0; i < all.size(); i++) {
            EditorialContact c = all.get(i);
            if (c.positionOrder() != i) {
                c.describe(c.fullName(), c.position(), i);
                editors.store(c);
            }
        }
        String what = "Kolejność osób redagujących: " + moved.fullName() + " na pozycji " + (to + 1);
        changes.register(Moment.now(), "Redakcja: osoby redagujące", what, null);
        changes.record("EDITOR_CONTACT_ORDER", "redakcja", what, remoteAddress);
    }

    /** The administrator's text of a statutory page, sanitized as it will be shown; stored in the register too. */
    public StatutoryPage saveStatutoryPage(String slug, String title, String body, String remoteAddress) {
        StatutoryPage page = statutoryPages.store(slug, title, body);
        changes.record("STATUTORY_PAGE_CHANGE", "/" + slug, page.title(), remoteAddress);
        return page;
    }

    /** Exactly the HTML the public page would show for this text. */
    public String preview(String body) {
        return sanitizer.sanitize(body == null ? "" : body);
    }

    /**
     * The minimum of § 11 of the 2007 BIP regulation: the strona podmiotowa names at least one
     * editor with a name, a phone number and an e-mail address.
     */
    static boolean meetsParagraph11(EditorialContact e) {
        return e.fullName() != null
                && !e.fullName().isBlank()
                && e.phone() != null
                && !e.phone().isBlank()
                && e.email() != null
                && !e.email().isBlank();
    }

    static boolean validNip(String nip) {
        if (!nip.matches("[0-9]{10}")) {
            return false;
        }
        int[] weights = {6, 5, 7, 2, 3, 4, 5, 6, 7};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += weights[i] * (nip.charAt(i) - '0');
        }
        return sum % 11 != 10 && sum % 11 == nip.charAt(9) - '0';
    }

    static boolean validRegon(String regon) {
        int[] weights;
        if (regon.matches("[0-9]{9}")) {
            weights = new int[] {8, 9, 2, 3, 4, 5, 6, 7};
        } else if (regon.matches("[0-9]{14}")) {
            weights = new int[] {2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8};
        } else {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (regon.charAt(i) - '0');
        }
        return sum % 11 % 10 == regon.charAt(weights.length) - '0';
    }

    private static String changedFields(PodmiotData before, PodmiotData after) {
        Map<String, Object[]> fields = new LinkedHashMap<>();
        fields.put("nazwa", new Object[] {before.name(), after.name()});
        fields.put("adres", new Object[] {before.address(), after.address()});
        fields.put("NIP", new Object[] {before.nip(), after.nip()});
        fields.put("REGON", new Object[] {before.regon(), after.regon()});
        fields.put("telefon", new Object[] {before.phone(), after.phone()});
        fields.put("e-mail", new Object[] {before.email(), after.email()});
        fields.put("strona www", new Object[] {before.website(), after.website()});
        fields.put("ePUAP", new Object[] {before.epuap(), after.epuap()});
        fields.put("e-Doręczenia", new Object[] {before.ade(), after.ade()});
        fields.put("godziny pracy", new Object[] {before.workingHours(), after.workingHours()});
        List<String> changed = new ArrayList<>();
        fields.forEach((name, values) -> {
            if (!Objects.equals(blankToNull(values[0]), blankToNull(values[1]))) {
                changed.add(name);
            }
        });
        return String.join(", ", changed);
    }

    private static Object blankToNull(Object value) {
        return value == null || value.toString().isBlank() ? null : value;
    }

    /** {@code key}: the message (a key of the messages bundle) when the value is missing. */
    private static void required(List<FieldError> errors, String field, String value, String key, int max) {
        if (value == null) {
            errors.add(FieldError.of(field, key));
        } else if (value.length() > max) {
            errors.add(FieldError.of(field, "site.tooLong", String.valueOf(max)));
        }
    }

    /** {@code key}: the message (a key of the messages bundle) when the value does not match. */
    private static void optional(List<FieldError> errors, String field, String value, Pattern pattern, String key) {
        if (value != null && !pattern.matcher(value).matches()) {
            errors.add(FieldError.of(field, key));
        }
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** NIP and REGON are often typed with dashes or spaces: only the digits count. */
    private static String digits(String value) {
        String s = strip(value);
        return s == null ? null : s.replaceAll("[\\s-]", "");
    }
}
