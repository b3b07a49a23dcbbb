package pl.metryka.domain.model.register;

import java.util.List;

/**
 * The outcome of recomputing the register from stored data: valid, how many entries, the first
 * entry that does not check out (with what is wrong), if any, and every revision that was
 * redacted after publication (valid, but never passed over in silence).
 */
public record ChainVerification(
        boolean valid, long entries, Long firstBadSeq, String problem, List<String> redactions) {

    public ChainVerification {
        redactions = redactions == null ? List.of() : List.copyOf(redactions);
    }

    public ChainVerification(boolean valid, long entries, Long firstBadSeq, String problem) {
        this(valid, entries, firstBadSeq, problem, List.of());
    }

    public static ChainVerification ok(long entries) {
        return new ChainVerification(true, entries, null, null);
    }

    public static ChainVerification ok(long entries, List<String> redactions) {
        return new ChainVerification(true, entries, null, null, redactions);
    }

    public static ChainVerification broken(long entries, long seq, String problem) {
        return new ChainVerification(false, entries, seq, problem);
    }
}
