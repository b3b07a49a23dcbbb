package pl.metryka.application;

/** An uploaded file, before it is stored; {@code description} is required for images (their alt text). */
public record NewAttachment(String fileName, String mediaType, byte[] content, String description) {
}
