package pl.metryka.interfaces.web.panel.editor;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import pl.metryka.domain.model.document.DocumentStateException;
import pl.metryka.domain.model.document.DraftConflictException;
import pl.metryka.domain.model.document.RevisionConflictException;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.interfaces.web.shared.FieldMessages;

/**
 * How every action of the editor answers the services' refusals, written once instead of in
 * each action: invalid input becomes messages next to the fields and a wrong status one for the
 * whole form (a confirmation falls back to the form, where they are shown); someone else's change
 * meanwhile is handed to the page, which shows the {@link Conflict}.
 */
final class Refusals {

    private Refusals() {}

    /** The action's navigation outcome, or {@code null} when it was refused. */
    static String attempt(
            EditorSteps steps, Map<String, String> fields, Consumer<String> onConflict, Supplier<String> action) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            steps.refused();
            FieldMessages.show(e, EditorFields.FORM, fields);
        } catch (DocumentStateException e) {
            steps.refused();
            FieldMessages.global(e.reason());
        } catch (DraftConflictException e) {
            onConflict.accept(e.message(FieldMessages.locale()));
        } catch (RevisionConflictException e) {
            onConflict.accept(e.message(FieldMessages.locale()));
        }
        return null;
    }
}
