package pl.metryka.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import pl.metryka.domain.shared.FieldError;

/**
 * What may be attached: the office formats a BIP publishes (PDF, DOC/DOCX, ODT, XLS/XLSX, ODS)
 * and JPG/PNG images, up to {@link #MAX_BYTES}. The declared type must match the file's first
 * bytes, so a script cannot pass as a PDF, and the name must end as the type does ({@link FileNames}):
 * a PDF named {@code Uchwala-nr-12.bat} is refused with a message naming the right ending, rather
 * than renamed behind the clerk's back, so the name the clerk sees is the name citizens download.
 * Every image needs a description (its alt text).
 */
public final class AttachmentPolicy {

    public static final long MAX_BYTES = 25L * 1024 * 1024;

    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private static final Map<String, byte[]> ALLOWED = Map.of(
            "application/pdf", PDF,
            "application/msword", OLE,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP,
            "application/vnd.oasis.opendocument.text", ZIP,
            "application/vnd.ms-excel", OLE,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP,
            "application/vnd.oasis.opendocument.spreadsheet", ZIP,
            "image/jpeg", JPEG,
            "image/png", PNG);

    private AttachmentPolicy() {}

    public static List<FieldError> check(NewAttachment file, String field) {
        List<FieldError> errors = new ArrayList<>();
        if (file.fileName() == null
                || file.fileName().isBlank()
                || file.fileName().length() > 300
                || file.fileName().contains("/")
                || file.fileName().contains("\\")) {
            errors.add(FieldError.of(field + ".fileName", "attachment.fileName.required"));
        } else if (file.mediaType() != null && !FileNames.fits(file.fileName(), file.mediaType())) {
            errors.add(FieldError.of(
                    field + ".fileName",
                    "attachment.fileName.wrongEnding",
                    file.fileName(),
                    file.mediaType(),
                    FileNames.endings(file.mediaType())));
        }
        byte[] magic = file.mediaType() == null ? null : ALLOWED.get(file.mediaType());
        if (magic == null) {
            errors.add(FieldError.of(field + ".mediaType", "attachment.mediaType.notAllowed"));
        } else if (file.content() == null || file.content().size() == 0) {
            errors.add(FieldError.of(field + ".content", "attachment.content.empty"));
        } else if (file.content().size() > MAX_BYTES) {
            errors.add(FieldError.of(
                    field + ".content", "attachment.content.tooLarge", String.valueOf(MAX_BYTES / (1024 * 1024))));
        } else if (!startsWith(file.content().head(), magic)) {
            errors.add(FieldError.of(field + ".content", "attachment.content.wrongType", file.mediaType()));
        }
        if (file.mediaType() != null
                && file.mediaType().startsWith("image/")
                && (file.description() == null || file.description().isBlank())) {
            errors.add(FieldError.of(field + ".description", "attachment.description.required"));
        }
        return errors;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(Arrays.copyOf(content, prefix.length), prefix);
    }
}
