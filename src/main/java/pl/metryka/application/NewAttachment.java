package pl.metryka.application;

/**
 * An uploaded file, before it is stored; {@code description} is required for images (their alt text).
 * The file name is kept without control and format characters ({@link FileNames#clean}): a NUL, a line
 * break or a right-to-left override (U+202E, which shows "cod.exe" as "exe.doc") never reaches the
 * stored name, a page or a download's Content-Disposition.
 */
public record NewAttachment(String fileName, String mediaType, byte[] content, String description) {

    public NewAttachment {
        fileName = FileNames.clean(fileName);
    }
}
