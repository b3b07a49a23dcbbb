package pl.metryka.domain.model.account;

import java.time.Instant;

/** Where the {@link LoginThrottle} of every (login name, source) pair is kept, shared by all instances. */
public interface LoginThrottles {

    /**
     * Takes one attempt of {@code source} at {@code name}: when the pair is blocked, nothing
     * changes and the answer says until when; otherwise the attempt is counted (as a failure until
     * {@link #succeeded} forgets it) and the answer is the new state. Atomic whatever runs in
     * parallel, on any instance: each attempt sees the count of those before it.
     */
    Admission admit(String name, String source, Instant now);

    /** A right password from this source: its failures are forgotten. */
    void succeeded(String name, String source);

    /** An administrator set a new password: every source may try again. */
    void forgetAll(String name);

    /** Whether any source must wait before trying this name again. */
    boolean anyBlocked(String name, Instant now);

    /** Removes what nobody needs any more: pairs neither blocked nor tried since {@code before}. */
    int forgetQuietSince(Instant before, Instant now);

    /**
     * The answer to an attempt.
     *
     * @param admitted whether the password may be checked now
     * @param state    the pair's state after this attempt
     */
    record Admission(boolean admitted, LoginThrottle state) {}
}
