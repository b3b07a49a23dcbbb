package pl.metryka.domain.model.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.metryka.domain.shared.FieldError;
import pl.metryka.domain.shared.Sha256;

class RevisionContentTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 5, 6);

    private static RevisionContent valid() {
        return new RevisionContent(
                "Zarządzenie nr 12/2024",
                "<p>Treść.</p>",
                "Jan Nowak",
                "Sekretarz gminy",
                TODAY.minusDays(3),
                null,
                List.of());
    }

    private static RevisionContent withTitle(String title) {
        return new RevisionContent(title, "<p>Treść.</p>", "Jan Nowak", "Sekretarz gminy", TODAY, null, List.of());
    }

    private static RevisionContent withWithholding(Withholding withholding) {
        return new RevisionContent("T", "B", "Jan Nowak", "Sekretarz", TODAY, withholding, List.of());
    }

    private static List<String> fields(RevisionContent content) {
        return content.violations(TODAY).stream().map(FieldError::field).toList();
    }

    @Test
    void completeValidContentHasNoViolations() {
        assertEquals(List.of(), valid().violations(TODAY));
    }

    @Test
    void completeContentWithACompleteWithholdingAndAttachmentsHasNoViolations() {
        RevisionContent content = new RevisionContent(
                "T",
                "B",
                "Jan Nowak",
                "Sekretarz",
                TODAY,
                new Withholding("dane osobowe", "art. 5 ust. 2", "Wójt", "Jan Kowalski, składający oświadczenie"),
                List.of(new AttachmentFile("a.pdf", "application/pdf", 1, Sha256.hex("a"), null)));

        assertEquals(List.of(), content.violations(TODAY));
    }

    @Test
    void everyMissingRequiredFieldIsNamed() {
        RevisionContent empty = new RevisionContent(null, null, null, null, null, null, null);

        assertEquals(List.of("title", "body", "author", "authorPosition", "createdOn"), fields(empty));
        for (FieldError error : empty.violations(TODAY)) {
            assertFalse(error.message().isBlank(), error.field());
        }
    }

    @Test
    void eachRequiredFieldOnItsOwn() {
        assertEquals(List.of("title"), fields(new RevisionContent(null, "B", "A", "P", TODAY, null, null)));
        assertEquals(List.of("body"), fields(new RevisionContent("T", null, "A", "P", TODAY, null, null)));
        assertEquals(List.of("author"), fields(new RevisionContent("T", "B", null, "P", TODAY, null, null)));
        assertEquals(List.of("authorPosition"), fields(new RevisionContent("T", "B", "A", null, TODAY, null, null)));
        assertEquals(List.of("createdOn"), fields(new RevisionContent("T", "B", "A", "P", null, null, null)));
    }

    @Test
    void blankCountsAsMissing() {
        RevisionContent blank = new RevisionContent("   ", " \n\t ", "  ", "\t", TODAY, null, null);

        assertEquals(List.of("title", "body", "author", "authorPosition"), fields(blank));
        assertNull(blank.title());
        assertNull(blank.author());
        assertNull(blank.authorPosition());
    }

    @Test
    void namesAndTitleAreStrippedButTheBodyIsKeptAsIs() {
        RevisionContent content =
                new RevisionContent("  Uchwała  ", "  <p>x</p>\n", " Jan Nowak ", " Skarbnik ", TODAY, null, null);

        assertEquals("Uchwała", content.title());
        assertEquals("Jan Nowak", content.author());
        assertEquals("Skarbnik", content.authorPosition());
        assertEquals("  <p>x</p>\n", content.body());
    }

    @Test
    void aNullBodyBecomesEmpty() {
        assertEquals("", new RevisionContent("T", null, "A", "P", TODAY, null, null).body());
    }

    @Test
    void createdOnInTheFutureIsRejected() {
        RevisionContent tomorrow = new RevisionContent("T", "B", "A", "P", TODAY.plusDays(1), null, null);
        RevisionContent today = new RevisionContent("T", "B", "A", "P", TODAY, null, null);

        assertEquals(List.of("createdOn"), fields(tomorrow));
        assertEquals(List.of(), fields(today));
    }

    @Test
    void aTitleOfFiveHundredCharactersIsTheLimit() {
        assertEquals(List.of(), fields(withTitle("x".repeat(RevisionContent.MAX_TITLE))));
        assertEquals(List.of("title"), fields(withTitle("x".repeat(RevisionContent.MAX_TITLE + 1))));
        assertEquals(500, RevisionContent.MAX_TITLE);
    }

    @Test
    void surroundingSpacesDoNotCountTowardsTheTitleLimit() {
        assertEquals(List.of(), fields(withTitle("  " + "ż".repeat(500) + "  ")));
    }

    @Test
    void namesOverTwoHundredCharactersAreRejected() {
        String tooLong = "n".repeat(RevisionContent.MAX_NAME + 1);

        assertEquals(List.of("author"), fields(new RevisionContent("T", "B", tooLong, "P", TODAY, null, null)));
        assertEquals(List.of("authorPosition"), fields(new RevisionContent("T", "B", "A", tooLong, TODAY, null, null)));
        assertEquals(
                List.of(), fields(new RevisionContent("T", "B", "n".repeat(200), "p".repeat(200), TODAY, null, null)));
    }

    @Test
    void anIncompleteWithholdingIsRejected() {
        assertEquals(
                List.of("withholding"),
                fields(withWithholding(new Withholding("dane osobowe", null, "Wójt", "osoba fizyczna"))));
        assertEquals(
                List.of("withholding"),
                fields(withWithholding(new Withholding(null, "art. 5", "Wójt", "osoba fizyczna"))));
        assertEquals(
                List.of("withholding"),
                fields(withWithholding(new Withholding("dane osobowe", "art. 5", null, "osoba fizyczna"))));
        assertEquals(
                List.of("withholding"),
                fields(withWithholding(new Withholding("dane osobowe", "art. 5", "  ", "osoba fizyczna"))));
    }

    @Test
    void aNewWithholdingMustNameThePodmiotInWhoseInterestItWasMade() {
        List<FieldError> errors = withWithholding(new Withholding("adres", "art. 5 ust. 2", "Wójt", null))
                .violations(TODAY);
        assertEquals(
                List.of("withheld.inInterestOf"),
                errors.stream().map(FieldError::field).toList());
        assertTrue(
                errors.get(0).message().contains("w interesie którego podmiotu"),
                errors.get(0).message());
        assertEquals(
                List.of("withheld.inInterestOf"),
                fields(withWithholding(new Withholding("adres", "art. 5", "Wójt", "  "))));
    }

    @Test
    void anEmptyWithholdingMeansNothingIsWithheld() {
        RevisionContent content = withWithholding(new Withholding(null, null, null, null));

        assertNull(content.withholding());
        assertEquals(List.of(), fields(content));
    }

    @Test
    void allViolationsAreReportedAtOnce() {
        RevisionContent bad = new RevisionContent(
                "x".repeat(501), "", null, "P", TODAY.plusDays(10), new Withholding("zakres", null, null, null), null);

        assertEquals(
                List.of("title", "body", "author", "createdOn", "withholding", "withheld.inInterestOf"), fields(bad));
    }

    @Test
    void attachmentsAreCopiedAndUnmodifiable() {
        List<AttachmentFile> files = new ArrayList<>();
        files.add(new AttachmentFile("a.pdf", "application/pdf", 1, Sha256.hex("a"), null));
        RevisionContent content = new RevisionContent("T", "B", "A", "P", TODAY, null, files);

        files.add(new AttachmentFile("b.pdf", "application/pdf", 2, Sha256.hex("b"), null));

        assertEquals(1, content.attachments().size());
        assertThrows(
                UnsupportedOperationException.class, () -> content.attachments().clear());
        assertTrue(new RevisionContent("T", "B", "A", "P", TODAY, null, null)
                .attachments()
                .isEmpty());
    }
}
