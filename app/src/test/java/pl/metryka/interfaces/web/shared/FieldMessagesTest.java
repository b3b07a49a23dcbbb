package pl.metryka.interfaces.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pl.metryka.domain.shared.FieldError;
import pl.metryka.interfaces.web.shared.FieldMessages.Placed;

class FieldMessagesTest {

    private static final Map<String, String> FIELDS =
            Map.of("title", "title", "attachments", "upload", "categoryId", "category");

    @Test
    void eachErrorGoesToItsFieldsComponentAndUnknownFieldsToTheWholeForm() {
        List<Placed> placed = FieldMessages.place(
                List.of(
                        new FieldError("title", "Za długi."),
                        new FieldError("attachments[1].content", "Plik jest pusty."),
                        new FieldError("withheld.scope", "Coś."),
                        new FieldError(null, "Ogólnie.")),
                "edytor",
                FIELDS,
                Locale.ENGLISH);
        assertEquals(
                List.of(
                        new Placed("edytor:title", "Za długi."),
                        new Placed("edytor:upload", "Plik jest pusty."),
                        new Placed(null, "Coś."),
                        new Placed(null, "Ogólnie.")),
                placed,
                "texts without a key are shown as they came");
    }

    @Test
    void aRuleGivenAsAKeyIsShownInTheReadersLanguage() {
        FieldError error = FieldError.of("title", "document.title.required");
        assertEquals("Tytuł jest wymagany.", error.message(), "the API and the imports keep the Polish text");
        assertEquals(
                List.of(new Placed("edytor:title", "A title is required.")),
                FieldMessages.place(List.of(error), "edytor", FIELDS, Language.ENGLISH));
        assertEquals(
                List.of(new Placed("edytor:title", "Tytuł jest wymagany.")),
                FieldMessages.place(List.of(error), "edytor", FIELDS, Language.POLISH));
    }

    @Test
    void argumentsAreFilledInWithoutNumberFormatting() {
        FieldError error = FieldError.of("categoryId", "document.category.unknown", String.valueOf(12345));
        assertEquals("Nie ma kategorii 12345.", error.message());
        assertEquals("There is no category 12345.", error.message(Language.ENGLISH));
        assertEquals(
                "edytor:category",
                FieldMessages.place(List.of(error), "edytor", FIELDS, Language.ENGLISH)
                        .get(0)
                        .clientId());
    }
}
