package pl.metryka.application.diff;

import java.util.Objects;

/** A run of text that is the same in both revisions, only in the newer one, or only in the older one. */
public record DiffSegment(Kind kind, String text) {

    public enum Kind {
        SAME,
        INSERTED,
        DELETED
    }

    public DiffSegment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
