package pl.metryka.json;

import java.util.ArrayList;
import java.util.List;

/**
 * The members of a change register entry as the API, the dump and the CSV give them
 * (docs/register-format.md): named once for the server that writes them and the verifier that
 * reads them back, so that the two cannot drift apart.
 */
public final class RegisterEntryMembers {

    /** Every member, in the order of the dump's lines and of the CSV's columns. */
    public static final List<String> ALL = List.of(
            "seq",
            "at",
            "actor",
            "action",
            "documentId",
            "revision",
            "subject",
            "reason",
            "contentHash",
            "prevHash",
            "hash");

    /**
     * What the hash of a format 2 entry is taken over: "format" and every member up to the content
     * hash (RFC 8785 sorts them itself, so the order here is of no account).
     */
    public static final List<String> HASHED_2 = hashed2();

    private RegisterEntryMembers() {}

    private static List<String> hashed2() {
        List<String> names = new ArrayList<>();
        names.add("format");
        names.addAll(ALL.subList(0, ALL.indexOf("prevHash")));
        return List.copyOf(names);
    }
}
