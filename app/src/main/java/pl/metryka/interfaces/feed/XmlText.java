package pl.metryka.interfaces.feed;

/** Text safe to put into XML 1.0, and a plain-text excerpt of a document's (sanitized) HTML body. */
final class XmlText {

    private XmlText() {}

    /** Drops the characters XML 1.0 cannot carry at all (control characters, lone surrogates); a writer would fail on them. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\t'
                    || c == '\n'
                    || c == '\r'
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The first {@code max} characters of the text, cut at a word boundary. */
    static String excerpt(String html, int max) {
        String text = unescape(html.replaceAll("(?s)<[^>]*>", " "))
                .replaceAll("\\s+", " ")
                .strip();
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > max / 2 ? cut : max).strip() + "…";
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int semicolon = text.charAt(i) == '&' ? text.indexOf(';', i) : -1;
            String decoded = semicolon > i && semicolon - i <= 10 ? entity(text.substring(i + 1, semicolon)) : null;
            if (decoded != null) {
                out.append(decoded);
                i = semicolon + 1;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private static String entity(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> null;
        };
    }
}
