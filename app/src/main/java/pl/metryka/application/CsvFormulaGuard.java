package pl.metryka.application;

/**
 * The one guard against spreadsheet formula injection (CSV injection, OWASP) for every CSV Metryka
 * writes: a cell that starts with {@code = + - @}, TAB or CR would be run by a spreadsheet as a
 * formula, so it is written with one apostrophe in front, which spreadsheets take as "text follows".
 * A cell that already starts with an apostrophe gets one more too, so the guard can always be undone
 * exactly ({@link #unguard}): the register's CSV carries hashed values that readers recompute.
 */
public final class CsvFormulaGuard {

    /** What starts a formula in Excel, LibreOffice and Google Sheets, and the guard's own mark. */
    private static final String GUARDED_STARTS = "=+-@\t\r'";

    private CsvFormulaGuard() {}

    /** The cell as written: the value, with one apostrophe before it if it starts with one of {@code = + - @ TAB CR '}. */
    public static String guard(String value) {
        return value != null && !value.isEmpty() && GUARDED_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** The value a guarded cell stands for: the cell without its first character if that is an apostrophe. */
    public static String unguard(String cell) {
        return cell != null && cell.startsWith("'") ? cell.substring(1) : cell;
    }
}
