package pl.metryka.application.search;

import java.time.Instant;

/** One result: {@code snippetHtml} is already escaped, with matches in {@code <mark>}. */
public record SearchHit(
        String slug,
        String title,
        String snippetHtml,
        String categoryName,
        Instant publishedAt,
        boolean withdrawn,
        boolean archived) {}
