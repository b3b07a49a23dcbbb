package pl.metryka.domain.model.register;

/**
 * The outcome of recomputing the register from stored data: valid, how many entries, and the
 * first entry that does not check out (with what is wrong), if any.
 */
public record ChainVerification(boolean valid, long entries, Long firstBadSeq, String problem) {

    public static ChainVerification ok(long entries) {
        return new ChainVerification(true, entries, null, null);
    }

    public static ChainVerification broken(long entries, long seq, String problem) {
        return new ChainVerification(false, entries, seq, problem);
    }
}
