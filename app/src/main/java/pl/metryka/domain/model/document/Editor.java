package pl.metryka.domain.model.document;

import java.util.Objects;

/** The logged-in person who enters a change (osoba wprowadzająca); always set by the server. */
public record Editor(String username, String fullName) {

    public Editor {
        Objects.requireNonNull(username, "An editor's username is required.");
        Objects.requireNonNull(fullName, "An editor's full name is required.");
    }
}
