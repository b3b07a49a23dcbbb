package pl.metryka.interfaces.web.panel.editor;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import pl.metryka.domain.shared.FieldError;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.domain.shared.Moment;

/**
 * What a REDAKTOR_NACZELNY decides about the document as a whole: when to publish it (now or at
 * a moment), to withdraw it (reason and legal basis), to archive it or to move it to another
 * category (with a reason).
 */
public final class DispositionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String withdrawReason;
    private String withdrawBasis;
    private String archiveReason;
    private String scheduleAt;
    private Long moveCategoryId;
    private String moveReason;

    /** What the services would refuse in a withdrawal (they check it again). */
    List<FieldError> withdrawalProblems() {
        List<FieldError> errors = new ArrayList<>();
        if (withdrawReason == null || withdrawReason.isBlank()) {
            errors.add(FieldError.of("withdrawReason", "withdrawal.reason.required"));
        }
        if (withdrawBasis == null || withdrawBasis.isBlank()) {
            errors.add(FieldError.of("legalBasis", "withdrawal.legalBasis.required"));
        }
        return errors;
    }

    /** The moment to publish at, {@code null} for now. */
    Instant scheduledAt() {
        if (scheduleAt == null || scheduleAt.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(scheduleAt.strip()).atZone(Moment.POLAND).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(List.of(FieldError.of("scheduleAt", "editor.publish.atInvalid")));
        }
    }

    /** For the preview, which shows "on confirmation" until the moment can be read. */
    Instant scheduledAtIfValid() {
        try {
            return scheduledAt();
        } catch (InvalidInputException e) {
            return null;
        }
    }

    String archiveReasonOrNull() {
        return DocumentForm.blankToNull(archiveReason);
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }

    public String getWithdrawBasis() {
        return withdrawBasis;
    }

    public void setWithdrawBasis(String withdrawBasis) {
        this.withdrawBasis = withdrawBasis;
    }

    public String getArchiveReason() {
        return archiveReason;
    }

    public void setArchiveReason(String archiveReason) {
        this.archiveReason = archiveReason;
    }

    public Long getMoveCategoryId() {
        return moveCategoryId;
    }

    public void setMoveCategoryId(Long moveCategoryId) {
        this.moveCategoryId = moveCategoryId;
    }

    public String getMoveReason() {
        return moveReason;
    }

    public void setMoveReason(String moveReason) {
        this.moveReason = moveReason;
    }

    public String getScheduleAt() {
        return scheduleAt;
    }

    public void setScheduleAt(String scheduleAt) {
        this.scheduleAt = scheduleAt;
    }
}
