package pl.metryka.interfaces.rest;

import java.util.List;
import pl.metryka.domain.shared.FieldError;

/** The body of every 4xx answer: {@code {"errors":[{"field","message"}]}}. */
public record ApiError(List<FieldError> errors) {

    static ApiError of(String field, String message) {
        return new ApiError(List.of(new FieldError(field, message)));
    }
}
