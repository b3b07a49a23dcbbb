package pl.metryka.interfaces.web.panel.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import pl.metryka.interfaces.web.panel.editor.EditorSteps.Step;

class EditorStepsTest {

    @Test
    void theEditorStartsOnTheForm() {
        EditorSteps steps = new EditorSteps();
        assertEquals(Step.EDIT, steps.current());
        assertTrue(steps.isFormShown());
        assertFalse(steps.isConfirming());
    }

    @Test
    void aRefusalWhileConfirmingGoesBackToTheFormWhereItsMessagesAre() {
        for (Step confirmation :
                new Step[] {Step.CONFIRM_PUBLISH, Step.CONFIRM_AMEND, Step.CONFIRM_WITHDRAW, Step.CONFIRM_ARCHIVE}) {
            EditorSteps steps = new EditorSteps();
            steps.ask(confirmation);
            assertEquals(confirmation, steps.current());
            assertTrue(steps.isConfirming());
            assertFalse(steps.isFormShown(), "a confirmation hides the form");
            steps.refused();
            assertEquals(Step.EDIT, steps.current());
        }
    }

    @Test
    void aRefusalInAConflictKeepsTheConflictBesideTheForm() {
        EditorSteps steps = new EditorSteps();
        steps.conflict();
        steps.refused();
        assertEquals(Step.CONFLICT, steps.current());
        assertTrue(steps.isFormShown(), "the clerk's text stays in the form during a conflict");
        steps.back();
        assertEquals(Step.EDIT, steps.current());
    }

    @Test
    void onlyConfirmationsCanBeAskedFor() {
        EditorSteps steps = new EditorSteps();
        assertThrows(IllegalArgumentException.class, () -> steps.ask(Step.CONFLICT));
        assertThrows(IllegalArgumentException.class, () -> steps.ask(Step.EDIT));
    }
}
