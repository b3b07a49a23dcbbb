package pl.metryka.interfaces.web.panel.editor;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where the editor is: the form, one of four confirmations (which show what will become public
 * or what will be done before anything is), or a conflict (the form again, with someone else's
 * change beside it). A refusal while confirming goes back to the form, where its messages are
 * shown; a refusal on the form (or in a conflict) leaves the step as it is.
 */
public final class EditorSteps implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Step {
        EDIT,
        CONFIRM_PUBLISH,
        CONFIRM_AMEND,
        CONFIRM_WITHDRAW,
        CONFIRM_ARCHIVE,
        CONFLICT
    }

    private static final Set<Step> CONFIRMATIONS =
            EnumSet.of(Step.CONFIRM_PUBLISH, Step.CONFIRM_AMEND, Step.CONFIRM_WITHDRAW, Step.CONFIRM_ARCHIVE);

    private Step step = Step.EDIT;

    public Step current() {
        return step;
    }

    /** Shows a confirmation. */
    public void ask(Step confirmation) {
        if (!CONFIRMATIONS.contains(confirmation)) {
            throw new IllegalArgumentException(confirmation + " is not a confirmation");
        }
        step = confirmation;
    }

    public void back() {
        step = Step.EDIT;
    }

    public void refused() {
        if (isConfirming()) {
            step = Step.EDIT;
        }
    }

    public void conflict() {
        step = Step.CONFLICT;
    }

    public boolean isConfirming() {
        return CONFIRMATIONS.contains(step);
    }

    /** The form is shown on its own step and in a conflict, where the clerk's text stays in it. */
    public boolean isFormShown() {
        return step == Step.EDIT || step == Step.CONFLICT;
    }
}
