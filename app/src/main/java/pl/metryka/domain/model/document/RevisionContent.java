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
            errors.add(FieldError.of("title", "document.title.required"));
        } else if (title.length() > MAX_TITLE) {
            errors.add(FieldError.of("title", "document.title.tooLong", String.valueOf(MAX_TITLE)));
        }
        if (body.isBlank()) {
            errors.add(FieldError.of("body", "document.body.required"));
        }
        if (author == null) {
            errors.add(FieldError.of("author", "document.author.required"));
        } else if (author.length() > MAX_NAME) {
            errors.add(FieldError.of("author", "document.author.tooLong", String.valueOf(MAX_NAME)));
        }
        if (authorPosition == null) {
            errors.add(FieldError.of("authorPosition", "document.authorPosition.required"));
        } else if (authorPosition.length() > MAX_NAME) {
            errors.add(FieldError.of("authorPosition", "document.authorPosition.tooLong", String.valueOf(MAX_NAME)));
        }
        if (createdOn == null) {
            errors.add(FieldError.of("createdOn", "document.createdOn.required"));
        } else if (createdOn.isAfter(today)) {
            errors.add(FieldError.of("createdOn", "document.createdOn.future"));
        }
        if (withholding != null
                && (isBlank(withholding.scope())
                        || isBlank(withholding.legalBasis())
                        || isBlank(withholding.decidedBy()))) {
            errors.add(FieldError.of("withholding", "document.withholding.incomplete"));
        }
        // art. 8 ust. 5 udip: a new withholding also names the podmiot in whose interest it was made
        if (withholding != null && isBlank(withholding.inInterestOf())) {
            errors.add(FieldError.of("withheld.inInterestOf", "document.withholding.inInterestOf"));
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
