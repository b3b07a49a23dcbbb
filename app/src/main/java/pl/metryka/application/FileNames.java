package pl.metryka.application;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What an attachment's name may hold, and which endings go with which type. */
public final class FileNames {

    /** The endings a clerk's software gives files of each allowed type. */
    static final Map<String, Set<String>> EXTENSIONS = Map.of(
            "application/pdf", Set.of("pdf"),
            "application/msword", Set.of("doc"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx"),
            "application/vnd.oasis.opendocument.text", Set.of("odt"),
            "application/vnd.ms-excel", Set.of("xls"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx"),
            "application/vnd.oasis.opendocument.spreadsheet", Set.of("ods"),
            "image/jpeg", Set.of("jpg", "jpeg"),
            "image/png", Set.of("png"));

    private FileNames() {}

    /**
     * The name without control characters (NUL, line breaks: Unicode Cc) and format characters
     * (bidirectional overrides and isolates U+202A–U+202E, U+2066–U+2069, marks U+200E/U+200F,
     * zero-width characters: Unicode Cf), with no spaces left at its ends; null stays null.
     */
    public static String clean(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints()
                .filter(c -> {
                    int type = Character.getType(c);
                    return type != Character.CONTROL && type != Character.FORMAT;
                })
                .forEach(kept::appendCodePoint);
        return kept.toString().strip();
    }

    /** The ending after the last dot, lower case; empty when there is none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Whether a file of this type may carry this name: its ending must be one of the type's own. */
    static boolean fits(String name, String mediaType) {
        Set<String> endings = EXTENSIONS.get(mediaType);
        return endings == null || endings.contains(extension(name));
    }

    /** The endings of a type as a reader sees them: ".jpg lub .jpeg". */
    static String endings(String mediaType) {
        return EXTENSIONS.getOrDefault(mediaType, Set.of()).stream()
                .sorted()
                .map(e -> "." + e)
                .reduce((a, b) -> a + " lub " + b)
                .orElse("");
    }
}
