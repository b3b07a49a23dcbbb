package pl.metryka.application.diff;

import java.util.List;

/** One paragraph of the compared text, as consecutive segments. */
public record DiffParagraph(List<DiffSegment> segments) {

    public DiffParagraph {
        segments = List.copyOf(segments);
    }

    public boolean hasChanges() {
        return segments.stream().anyMatch(s -> s.kind() != DiffSegment.Kind.SAME);
    }
}
