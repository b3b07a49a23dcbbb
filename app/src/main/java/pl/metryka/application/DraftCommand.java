package pl.metryka.application;

import java.time.LocalDate;
import java.util.List;

/** A new document, or new content for a draft, as a clerk submits it. */
public record DraftCommand(
        String title,
        Long categoryId,
        String author,
        String authorPosition,
        LocalDate createdOn,
        String body,
        List<NewAttachment> attachments) {}
