package pl.metryka.application;

import java.util.function.Predicate;
import pl.metryka.application.search.PolishFolding;

/** Readable ASCII slugs from Polish titles: "Zarządzenie nr 12" → "zarzadzenie-nr-12". */
final class SlugMaker {

    private static final int MAX = 120;

    private SlugMaker() {}

    static String slugFor(String title, Predicate<String> taken) {
        String base = asciiSlug(title);
        String slug = base;
        for (int n = 2; taken.test(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    static String asciiSlug(String text) {
        String slug = PolishFolding.fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "dokument" : slug;
    }
}
