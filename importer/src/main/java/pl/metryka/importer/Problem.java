package pl.metryka.importer;

/** Why a document was refused, pointed at the metadata file: its line and column (or the file). */
record Problem(int line, String column, String message) {

    @Override
    public String toString() {
        return (line > 0 ? "wiersz " + line : "plik metadanych") + (column == null ? "" : ", kolumna " + column) + ": "
                + message;
    }
}
