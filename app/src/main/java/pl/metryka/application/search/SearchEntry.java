package pl.metryka.application.search;

import java.time.Instant;

/** What the index holds for one public document: its current revision's words and the filter fields. */
public record SearchEntry(
        long documentId,
        String slug,
        String title,
        String text,
        long categoryId,
        String status,
        boolean archived,
        Instant publishedAt,
        Instant changedAt) {}
