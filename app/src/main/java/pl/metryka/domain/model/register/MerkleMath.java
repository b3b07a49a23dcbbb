package pl.metryka.domain.model.register;

/** Index arithmetic shared by the Merkle classes. */
final class MerkleMath {

    private MerkleMath() {}

    /** The largest power of two strictly smaller than {@code n} (n ≥ 2): RFC 9162's k. */
    static int split(int n) {
        return Integer.highestOneBit(n - 1);
    }
}
