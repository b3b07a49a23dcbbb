package pl.metryka.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pl.metryka.domain.model.account.Role;
import pl.metryka.domain.model.podmiot.Podmiot;
import pl.metryka.domain.model.podmiot.PodmiotRepository;
import pl.metryka.domain.model.site.AccessibilityStatement;
import pl.metryka.domain.model.site.AccessibilityStatement.Assessment;
import pl.metryka.domain.model.site.AccessibilityStatement.Compliance;
import pl.metryka.domain.model.site.AccessibilityStatement.Content;
import pl.metryka.domain.model.site.AccessibilityStatementRepository;
import pl.metryka.domain.model.site.StatutoryPageRepository;
import pl.metryka.domain.shared.FieldError;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.domain.shared.Messages;
import pl.metryka.domain.shared.Moment;
import pl.metryka.domain.shared.Sha256;

/**
 * The deklaracja dostępności: what the administrator stated (status, inaccessible content, dates,
 * how it was prepared, the accessibility coordinator, architectural and communication
 * accessibility, mobile apps) for everyone to read, and the administrator's change of it, which
 * goes to the change register and the audit log in the same transaction. Until an administrator
 * states it, the page shows defaults that claim nothing the body has not said: "partially
 * compliant, not yet assessed", dates taken from the bulletin itself, the podmiot's contacts.
 */
@Stateless
public class AccessibilityStatements {

    @Inject
    private AccessibilityStatementRepository statements;

    @Inject
    private StatutoryPageRepository pages;

    @Inject
    private PodmiotRepository podmioty;

    @Inject
    private AdministratorChanges changes;

    /** The stored statement, if one was stated. */
    public Optional<AccessibilityStatement> stored() {
        return statements.find();
    }

    /** What the public page shows: the stored statement or, until there is one, the defaults. */
    public Content current() {
        return statements.find().map(AccessibilityStatement::content).orElseGet(this::defaults);
    }

    /**
     * Fields: {@code status}, {@code inaccessible}, {@code publishedOn}, {@code updatedOn},
     * {@code preparedOn}, {@code reviewedOn}, {@code assessment}, {@code auditor}, {@code burden},
     * {@code coordinatorName}, {@code coordinatorEmail}, {@code coordinatorPhone},
     * {@code architecture}, {@code communication}, {@code apps}.
     */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public AccessibilityStatement save(Content typed, String remoteAddress) {
        Content c = clean(typed);
        List<FieldError> errors = validate(c, LocalDate.now(Moment.POLAND));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String by = changes.editor().fullName();
        Instant now = Moment.now();
        AccessibilityStatement statement = statements.find().orElse(null);
        if (statement == null) {
            statement = new AccessibilityStatement(c, by, now);
        } else {
            statement.state(c, by, now);
        }
        statements.store(statement);
        String status = Messages.text("statement.status." + c.status().name(), Messages.POLISH);
        changes.register(
                now,
                "Deklaracja dostępności (/deklaracja-dostepnosci)",
                "Zmiana deklaracji dostępności; status: " + status,
                Sha256.hex(c.toString()));
        changes.record(
                "ACCESSIBILITY_STATEMENT_CHANGE", "/deklaracja-dostepnosci", "status: " + c.status(), remoteAddress);
        return statement;
    }

    /** The rules a statement meets, each broken one a Polish message naming its field. */
    static List<FieldError> validate(Content c, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (c.status() == null) {
            errors.add(FieldError.of("status", "statement.status.required"));
        } else if (c.status() != Compliance.ZGODNA && c.inaccessible() == null) {
            errors.add(FieldError.of("inaccessible", "statement.inaccessible.required"));
        }
        date(
                errors,
                "publishedOn",
                c.publishedOn(),
                "statement.publishedOn.required",
                "statement.publishedOn.future",
                today);
        date(errors, "updatedOn", c.updatedOn(), "statement.updatedOn.required", "statement.updatedOn.future", today);
        date(
                errors,
                "preparedOn",
                c.preparedOn(),
                "statement.preparedOn.required",
                "statement.preparedOn.future",
                today);
        date(errors, "reviewedOn", c.reviewedOn(), null, "statement.reviewedOn.future", today);
        if (c.publishedOn() != null && c.updatedOn() != null && c.updatedOn().isBefore(c.publishedOn())) {
            errors.add(FieldError.of("updatedOn", "statement.updatedOn.beforePublished"));
        }
        if (c.preparedOn() != null && c.reviewedOn() != null && c.reviewedOn().isBefore(c.preparedOn())) {
            errors.add(FieldError.of("reviewedOn", "statement.reviewedOn.beforePrepared"));
        }
        if (c.assessment() == null) {
            errors.add(FieldError.of("assessment", "statement.assessment.required"));
        } else if (c.assessment() == Assessment.AUDIT && c.auditor() == null) {
            errors.add(FieldError.of("auditor", "statement.auditor.required"));
        }
        text(errors, "coordinatorName", c.coordinatorName(), "statement.coordinatorName.required", 200);
        text(errors, "coordinatorEmail", c.coordinatorEmail(), "statement.coordinatorEmail.required", 200);
        text(errors, "coordinatorPhone", c.coordinatorPhone(), "statement.coordinatorPhone.required", 100);
        if (c.coordinatorEmail() != null
                && !ContactFormats.EMAIL.matcher(c.coordinatorEmail()).matches()) {
            errors.add(FieldError.of("coordinatorEmail", "statement.coordinatorEmail.invalid"));
        }
        if (c.coordinatorPhone() != null
                && !ContactFormats.PHONE.matcher(c.coordinatorPhone()).matches()) {
            errors.add(FieldError.of("coordinatorPhone", "statement.coordinatorPhone.invalid"));
        }
        text(errors, "auditor", c.auditor(), null, 300);
        text(errors, "inaccessible", c.inaccessible(), null, 20_000);
        text(errors, "burden", c.burden(), null, 20_000);
        text(errors, "architecture", c.architecture(), "statement.architecture.required", 20_000);
        text(errors, "communication", c.communication(), "statement.communication.required", 20_000);
        text(errors, "apps", c.apps(), null, 5_000);
        return errors;
    }

    /** {@code requiredKey}: the message when the date is missing, null when it may be; {@code futureKey}: after today. */
    private static void date(
            List<FieldError> errors,
            String field,
            LocalDate value,
            String requiredKey,
            String futureKey,
            LocalDate today) {
        if (value == null) {
            if (requiredKey != null) {
                errors.add(FieldError.of(field, requiredKey));
            }
        } else if (value.isAfter(today)) {
            errors.add(FieldError.of(field, futureKey));
        }
    }

    /** {@code requiredKey}: the message when the text is missing, null when it may be. */
    private static void text(List<FieldError> errors, String field, String value, String requiredKey, int max) {
        if (value == null) {
            if (requiredKey != null) {
                errors.add(FieldError.of(field, requiredKey));
            }
        } else if (value.length() > max) {
            errors.add(FieldError.of(
                    field, "statement.tooLong", Messages.text("statement.field." + field, Messages.POLISH), max));
        }
    }

    private static Content clean(Content t) {
        return new Content(
                t.status(),
                strip(t.status() == Compliance.ZGODNA ? null : t.inaccessible()),
                t.publishedOn(),
                t.updatedOn(),
                t.preparedOn(),
                t.reviewedOn(),
                t.assessment(),
                strip(t.assessment() == Assessment.AUDIT ? t.auditor() : null),
                strip(t.burden()),
                strip(t.coordinatorName()),
                strip(t.coordinatorEmail()),
                strip(t.coordinatorPhone()),
                strip(t.architecture()),
                strip(t.communication()),
                strip(t.apps()));
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(Moment.POLAND).toLocalDate();
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Content defaults() {
        Optional<Podmiot> podmiot = podmioty.find();
        LocalDate introduced =
                pages.introduced().map(AccessibilityStatements::day).orElseGet(() -> LocalDate.now(Moment.POLAND));
        LocalDate published =
                pages.firstPublication().map(AccessibilityStatements::day).orElse(introduced);
        String name = podmiot.map(Podmiot::name).orElse("");
        return new Content(
                Compliance.CZESCIOWO_ZGODNA,
                Messages.text("statement.default.inaccessible", Messages.POLISH),
                published,
                published,
                published.isAfter(introduced) ? published : introduced,
                null,
                Assessment.SELF,
                null,
                null,
                name,
                podmiot.map(Podmiot::email).orElse(null),
                podmiot.map(Podmiot::phone).orElse(null),
                Messages.text("statement.default.architecture", Messages.POLISH),
                Messages.text("statement.default.communication", Messages.POLISH),
                null);
    }
}
