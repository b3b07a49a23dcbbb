package pl.metryka.infrastructure.persistence;

import java.sql.SQLException;

/** Turns a connection failure into one line an operator understands. */
final class DatabaseProblem {

    private DatabaseProblem() {}

    static String describe(Throwable failure) {
        Throwable root = failure;
        SQLException sql = null;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof SQLException s) {
                sql = s;
            }
            root = root.getCause();
        }
        if (root instanceof SQLException s) {
            sql = s;
        }
        if (sql != null) {
            String state = sql.getSQLState() == null ? "" : sql.getSQLState();
            if (sql.getErrorCode() == 1045 || state.startsWith("28")) {
                return "access denied -- wrong user name or password (METRYKA_DB_USER / METRYKA_DB_PASSWORD): "
                        + firstLine(sql);
            }
            if (sql.getErrorCode() == 1049) {
                return "the database named in METRYKA_DB_URL does not exist: " + firstLine(sql);
            }
            if (state.startsWith("08")) {
                return "the database server is unreachable (METRYKA_DB_URL): " + firstLine(sql);
            }
        }
        return root.getClass().getSimpleName() + ": " + firstLine(root);
    }

    private static String firstLine(Throwable t) {
        String message = String.valueOf(t.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
