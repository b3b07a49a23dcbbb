package pl.metryka.application;

/** An uploaded file, before it is stored. */
public record NewAttachment(String fileName, String mediaType, byte[] content) {
}
