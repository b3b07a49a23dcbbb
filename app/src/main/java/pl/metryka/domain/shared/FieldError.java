package pl.metryka.domain.shared;

/** One rejected input: the field (as named in the API and the forms) and a message for a person. */
public record FieldError(String field, String message) {
}
