package pl.metryka.domain.model.account;

/**
 * The passwords attackers try first: leaked and common passwords, words, names, dates and keyboard
 * runs, and what is easily made of them ({@code Password1234}, {@code Zaq12wsxcde3}). Kept as a
 * maintained list outside the domain; asked wherever a password is set.
 */
public interface CommonPasswords {

    /**
     * Whether {@code password} is one of them, or made of them and of {@code ownWords} (the user
     * name, the person's name) so that it would be guessed early.
     */
    boolean guessable(String password, String... ownWords);
}
