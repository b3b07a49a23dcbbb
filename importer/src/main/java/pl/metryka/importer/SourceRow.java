package pl.metryka.importer;

import java.util.Map;

/** One line of the metadata file: one revision of one document, by column name. */
record SourceRow(int line, Map<String, String> values) {

    /** The stripped value, or null when the column is absent or blank. */
    String get(String column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
