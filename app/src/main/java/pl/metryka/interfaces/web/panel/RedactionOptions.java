package pl.metryka.interfaces.web.panel;

import java.io.Serializable;

/** What the redaction form offers to choose from, as {@link RedactionPage} lists it. */
public final class RedactionOptions {

    private RedactionOptions() {}

    /** A published version the form offers. */
    public record VersionOption(int number, String label) implements Serializable {}

    /** An attachment the form offers, as "revision/position". */
    public record AttachmentOption(String value, String label) implements Serializable {}
}
