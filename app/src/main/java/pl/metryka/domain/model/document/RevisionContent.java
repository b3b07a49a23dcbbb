package pl.metryka.domain.model.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import pl.metryka.domain.shared.FieldError;

/**
 * What a clerk enters for a revision: title, body (already sanitized), who produced the
 * information and when, attachments, and optionally a withholding. Who entered it and when it
 * was published are never part of this: the server sets them.
 */
public record RevisionContent(
        String title,
        String body,
        String author,
        String authorPosition,
        LocalDate createdOn,
        Withholding withholding,
        List<AttachmentFile> attachments) {

    public static final int MAX_TITLE = 500;
    public static final int MAX_NAME = 200;

    public RevisionContent {
        title = strip(title);
        author = strip(author);
        authorPosition = strip(authorPosition);
        body = body == null ? "" : body;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        if (withholding != null && withholding.isEmpty()) {
            withholding = null;
        }
    }

    /** Every rule broken, named by field, so a form or API client can show them all at once. */
    public List<FieldError> violations(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (title == null) {
            errors.add(new FieldError("title", "Tytuł jest wymagany."));
        } else if (title.length() > MAX_TITLE) {
            errors.add(new FieldError("title", "Tytuł może mieć najwyżej " + MAX_TITLE + " znaków."));
        }
        if (body.isBlank()) {
            errors.add(new FieldError("body", "Treść jest wymagana."));
        }
        if (author == null) {
            errors.add(new FieldError("author", "Osoba sporządzająca dokument jest wymagana."));
        } else if (author.length() > MAX_NAME) {
            errors.add(new FieldError("author", "Osoba sporządzająca: najwyżej " + MAX_NAME + " znaków."));
        }
        if (authorPosition == null) {
            errors.add(new FieldError("authorPosition", "Stanowisko osoby sporządzającej jest wymagane."));
        } else if (authorPosition.length() > MAX_NAME) {
            errors.add(new FieldError("authorPosition", "Stanowisko: najwyżej " + MAX_NAME + " znaków."));
        }
        if (createdOn == null) {
            errors.add(new FieldError("createdOn", "Data wytworzenia jest wymagana."));
        } else if (createdOn.isAfter(today)) {
            errors.add(new FieldError("createdOn", "Data wytworzenia nie może być z przyszłości."));
        }
        if (withholding != null && (isBlank(withholding.scope()) || isBlank(withholding.legalBasis()) || isBlank(withholding.decidedBy()))) {
            errors.add(new FieldError("withholding", "Wyłączenie jawności wymaga zakresu, podstawy prawnej i wskazania, kto je wprowadził."));
        }
        // art. 8 ust. 5 udip: a new withholding also names the podmiot in whose interest it was made
        if (withholding != null && isBlank(withholding.inInterestOf())) {
            errors.add(new FieldError("withheld.inInterestOf",
                    "Podaj, w interesie którego podmiotu dokonano wyłączenia jawności (pole „W interesie którego podmiotu”)."));
        }
        return errors;
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
