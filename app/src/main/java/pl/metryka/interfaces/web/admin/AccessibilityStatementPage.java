package pl.metryka.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import pl.metryka.application.AccessibilityStatements;
import pl.metryka.domain.model.site.AccessibilityStatement.Assessment;
import pl.metryka.domain.model.site.AccessibilityStatement.Compliance;
import pl.metryka.domain.model.site.AccessibilityStatement.Content;
import pl.metryka.domain.shared.FieldError;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.interfaces.web.shared.FieldMessages;
import pl.metryka.interfaces.web.shared.Language;

/**
 * {@code /panel/administracja/deklaracja.xhtml}: the administrator states the accessibility
 * statement (status, inaccessible content, dates, preparation, coordinator, architecture,
 * communication, apps). The form holds what was typed; dates are typed as rrrr-mm-dd text (an
 * input of type date sends that), so a wrong one gets this form's own Polish message.
 */
@Named("adminStatement")
@ViewScoped
public class AccessibilityStatementPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> FIELDS = List.of(
            "status",
            "inaccessible",
            "publishedOn",
            "updatedOn",
            "preparedOn",
            "reviewedOn",
            "assessment",
            "auditor",
            "burden",
            "coordinatorName",
            "coordinatorEmail",
            "coordinatorPhone",
            "architecture",
            "communication",
            "apps");

    @Inject
    private AccessibilityStatements statements;

    @Inject
    private Language lang;

    private String status;
    private String inaccessible;
    private String publishedOn;
    private String updatedOn;
    private String preparedOn;
    private String reviewedOn;
    private String assessment;
    private String auditor;
    private String burden;
    private String coordinatorName;
    private String coordinatorEmail;
    private String coordinatorPhone;
    private String architecture;
    private String communication;
    private String apps;
    private boolean stored;

    /** Called by the view's f:viewAction on the first request only. */
    public void load() {
        Content c = statements.current();
        stored = statements.stored().isPresent();
        status = c.status().name();
        inaccessible = c.inaccessible();
        publishedOn = text(c.publishedOn());
        updatedOn = text(c.updatedOn());
        preparedOn = text(c.preparedOn());
        reviewedOn = text(c.reviewedOn());
        assessment = c.assessment().name();
        auditor = c.auditor();
        burden = c.burden();
        coordinatorName = c.coordinatorName();
        coordinatorEmail = c.coordinatorEmail();
        coordinatorPhone = c.coordinatorPhone();
        architecture = c.architecture();
        communication = c.communication();
        apps = c.apps();
    }

    public void save() {
        List<FieldError> errors = new ArrayList<>();
        Content content = new Content(
                status == null || status.isBlank() ? null : Compliance.valueOf(status),
                inaccessible,
                date(errors, "publishedOn", publishedOn, "statement.publishedOn.invalid"),
                date(errors, "updatedOn", updatedOn, "statement.updatedOn.invalid"),
                date(errors, "preparedOn", preparedOn, "statement.preparedOn.invalid"),
                date(errors, "reviewedOn", reviewedOn, "statement.reviewedOn.invalid"),
                assessment == null || assessment.isBlank() ? null : Assessment.valueOf(assessment),
                auditor,
                burden,
                coordinatorName,
                coordinatorEmail,
                coordinatorPhone,
                architecture,
                communication,
                apps);
        try {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            statements.save(content, AdminForms.remoteAddress());
        } catch (InvalidInputException e) {
            FieldMessages.show(e, "deklaracja", FIELDS.stream().collect(Collectors.toMap(Function.identity(), f -> f)));
            return;
        }
        stored = true;
        AdminForms.info(lang.text("admin.statement.saved"));
    }

    /** A typed date, or null with the field's message when it is not rrrr-mm-dd. */
    private static LocalDate date(List<FieldError> errors, String field, String value, String invalidKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, invalidKey));
            return null;
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public List<String> getStatuses() {
        return Stream.of(Compliance.values()).map(Enum::name).toList();
    }

    public List<String> getAssessments() {
        return Stream.of(Assessment.values()).map(Enum::name).toList();
    }

    /** Labels of the choices, in the administrator's language. */
    public Map<String, String> getLabels() {
        return Stream.concat(
                        getStatuses().stream().map(s -> "statement.status." + s),
                        getAssessments().stream().map(a -> "statement.assessment." + a))
                .collect(Collectors.toMap(k -> k.substring(k.lastIndexOf('.') + 1), lang::text));
    }

    public boolean isStored() {
        return stored;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getInaccessible() {
        return inaccessible;
    }

    public void setInaccessible(String inaccessible) {
        this.inaccessible = inaccessible;
    }

    public String getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(String publishedOn) {
        this.publishedOn = publishedOn;
    }

    public String getUpdatedOn() {
        return updatedOn;
    }

    public void setUpdatedOn(String updatedOn) {
        this.updatedOn = updatedOn;
    }

    public String getPreparedOn() {
        return preparedOn;
    }

    public void setPreparedOn(String preparedOn) {
        this.preparedOn = preparedOn;
    }

    public String getReviewedOn() {
        return reviewedOn;
    }

    public void setReviewedOn(String reviewedOn) {
        this.reviewedOn = reviewedOn;
    }

    public String getAssessment() {
        return assessment;
    }

    public void setAssessment(String assessment) {
        this.assessment = assessment;
    }

    public String getAuditor() {
        return auditor;
    }

    public void setAuditor(String auditor) {
        this.auditor = auditor;
    }

    public String getBurden() {
        return burden;
    }

    public void setBurden(String burden) {
        this.burden = burden;
    }

    public String getCoordinatorName() {
        return coordinatorName;
    }

    public void setCoordinatorName(String coordinatorName) {
        this.coordinatorName = coordinatorName;
    }

    public String getCoordinatorEmail() {
        return coordinatorEmail;
    }

    public void setCoordinatorEmail(String coordinatorEmail) {
        this.coordinatorEmail = coordinatorEmail;
    }

    public String getCoordinatorPhone() {
        return coordinatorPhone;
    }

    public void setCoordinatorPhone(String coordinatorPhone) {
        this.coordinatorPhone = coordinatorPhone;
    }

    public String getArchitecture() {
        return architecture;
    }

    public void setArchitecture(String architecture) {
        this.architecture = architecture;
    }

    public String getCommunication() {
        return communication;
    }

    public void setCommunication(String communication) {
        this.communication = communication;
    }

    public String getApps() {
        return apps;
    }

    public void setApps(String apps) {
        this.apps = apps;
    }
}
