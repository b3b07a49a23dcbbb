package pl.metryka.interfaces.web.panel.editor;

import static pl.metryka.interfaces.web.panel.editor.EditorFields.DOCUMENT;
import static pl.metryka.interfaces.web.panel.editor.EditorFields.FORM;
import static pl.metryka.interfaces.web.panel.editor.EditorFields.WITHDRAWAL;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import pl.metryka.application.PublishingService;
import pl.metryka.domain.shared.FieldError;
import pl.metryka.interfaces.web.panel.editor.EditorSteps.Step;
import pl.metryka.interfaces.web.shared.FieldMessages;

/**
 * The editing screen's withdraw, archive and move actions: the first two are asked, checked, then
 * confirmed; a move to another category is done at once. A part
 * of {@link EditorPage} (the same view), with the disposition form that page holds.
 */
@Named("editorDisposition")
@ViewScoped
public class DispositionActions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EditorPage editor;

    @Inject
    private PublishingService publishing;

    /** Checked before the confirmation, so the clerk is not asked to confirm what will be refused. */
    public void askWithdraw() {
        List<FieldError> errors = editor.getDisposition().withdrawalProblems();
        errors.forEach(error -> FieldMessages.show(error, FORM, WITHDRAWAL));
        if (errors.isEmpty()) {
            editor.steps().ask(Step.CONFIRM_WITHDRAW);
        }
    }

    public String confirmWithdraw() {
        DispositionForm disposition = editor.getDisposition();
        return editor.attempt(WITHDRAWAL, () -> {
            publishing.withdraw(editor.getId(), disposition.getWithdrawReason(), disposition.getWithdrawBasis());
            return EditorResult.WITHDRAWN.redirect(editor.getId());
        });
    }

    /** A move is undone by moving back, and the register shows both: no confirmation step. */
    public String move() {
        DispositionForm disposition = editor.getDisposition();
        return editor.attempt(EditorFields.MOVE, () -> {
            publishing.moveToCategory(editor.getId(), disposition.getMoveCategoryId(), disposition.getMoveReason());
            return EditorResult.MOVED.redirect(editor.getId());
        });
    }

    public void askArchive() {
        editor.steps().ask(Step.CONFIRM_ARCHIVE);
    }

    public String confirmArchive() {
        return editor.attempt(DOCUMENT, () -> {
            publishing.archive(editor.getId(), editor.getDisposition().archiveReasonOrNull());
            return EditorResult.ARCHIVED.redirect(editor.getId());
        });
    }
}
