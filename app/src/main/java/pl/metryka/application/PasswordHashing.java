package pl.metryka.application;

/**
 * Turns passwords into stored hashes and checks them. A port: account services decide when a
 * password is hashed or checked; the algorithm and its cost are infrastructure's choice.
 */
public interface PasswordHashing {

    /** A new salted hash of {@code password}, in the form {@link #matches} reads. */
    String hash(String password);

    /** Whether {@code password} is the one {@code hash} was made from. */
    boolean matches(String password, String hash);

    /**
     * Spends the time of {@link #matches} on a password that matches nothing: a refusal that needs no
     * hash (unknown user, disabled account) takes as long as a wrong password, so timing does
     * not tell whether a name is an account.
     */
    void matchNothing(String password);
}
