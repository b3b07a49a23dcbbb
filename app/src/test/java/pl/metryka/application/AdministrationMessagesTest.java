package pl.metryka.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.metryka.domain.model.document.DocumentStateException;
import pl.metryka.domain.model.document.DraftConflictException;
import pl.metryka.domain.model.document.RevisionConflictException;
import pl.metryka.domain.shared.FieldError;
import pl.metryka.domain.shared.InvalidInputException;

/**
 * The administration's refusals are named by message keys: the API keeps its Polish text, an
 * administrator reading with {@code ?lang=en} gets English (they used to get Polish).
 */
class AdministrationMessagesTest {

    @Test
    void aCategoryWithoutANameIsRefusedInTheReadersLanguage() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> new CategoryAdministration().create("   ", null, "127.0.0.1"));
        FieldError error = e.errors().get(0);
        assertEquals("name", error.field());
        assertEquals("category.name.required", error.key());
        assertEquals("Nazwa kategorii jest wymagana.", error.message(), "the API's text is unchanged");
        assertEquals("A category name is required.", error.message(Locale.ENGLISH));
    }

    @Test
    void aTooLongCategoryNameGivesItsLimitUngroupedInBothLanguages() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> new CategoryAdministration().create("x".repeat(10_000), null, "127.0.0.1"));
        FieldError error = e.errors().get(0);
        String limit = String.valueOf(CategoryAdministration.MAX_NAME);
        assertEquals("Nazwa kategorii może mieć najwyżej " + limit + " znaków.", error.message());
        assertEquals("A category name may have at most " + limit + " characters.", error.message(Locale.ENGLISH));
    }

    @Test
    void stateAndConflictRefusalsKeepTheirPolishTextAndHaveAnEnglishOne() {
        DocumentStateException state = DocumentStateException.of("revision.published.unchangeable", "12345");
        assertEquals("Opublikowana wersja 12345 nie może być zmieniana.", state.getMessage());
        assertEquals("Published version 12345 cannot be changed.", state.message(Locale.ENGLISH));
        assertEquals(
                "Published version 12345 cannot be changed.", state.reason().message(Locale.ENGLISH));

        DocumentStateException literal = new DocumentStateException("Tekst z zewnątrz.");
        assertEquals("Tekst z zewnątrz.", literal.message(Locale.ENGLISH), "a text without a key is shown as it came");

        RevisionConflictException revision = new RevisionConflictException(1000, 1001);
        assertEquals(
                "Zmiana oparta na wersji 1000, a aktualna jest wersja 1001: ktoś zmienił dokument w międzyczasie.",
                revision.getMessage());
        assertEquals("baseRevision", revision.reason().field());
        assertEquals(revision.getMessage(), revision.reason().message());
        assertEquals(
                "The change is based on version 1000, but the current version is 1001: someone changed the document "
                        + "in the meantime.",
                revision.message(Locale.ENGLISH));

        DraftConflictException draft = new DraftConflictException(null);
        assertEquals(
                "Ktoś zapisał ten szkic w międzyczasie: Twoje zmiany nie zostały zapisane, ale nic nie przepadło — "
                        + "porównaj je z aktualną wersją.",
                draft.getMessage());
        assertEquals(
                "Someone saved this draft in the meantime: your changes have not been saved, but nothing is lost — "
                        + "compare them with the current version.",
                draft.message(Locale.ENGLISH));
    }

    @Test
    void anAccountConflictNamesTheAccountInBothLanguages() {
        InvalidInputException e = InvalidInputException.of(null, "account.conflict", "o'brien");
        assertEquals(
                "Konto o'brien zmienił w tym czasie inny administrator. Twoje zmiany nie zostały zapisane: "
                        + "sprawdź aktualne dane konta i wprowadź je ponownie.",
                e.errors().get(0).message());
        assertEquals(
                "Another administrator changed the account o'brien in the meantime. Your changes have not been saved: "
                        + "check the current details of the account and enter them again.",
                e.errors().get(0).message(Locale.ENGLISH));
    }
}
