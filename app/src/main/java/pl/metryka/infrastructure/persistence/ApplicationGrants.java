package pl.metryka.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The application's least privileges, table by table, given to its role by the migration account
 * after every migration (so a table added by a later migration is covered at once). Reading is
 * granted on the whole database when the installation is set up; here only writes are managed.
 *
 * <p>The register and the audit log are append-only for the application: it may INSERT but never
 * UPDATE or DELETE them, and the database refuses it by privilege, not only by trigger. Documents
 * and revisions are updated (drafts, status) but never deleted, and so are visit counts; a published
 * revision is protected by its trigger, which lets through only a redaction that its (append-only)
 * {@code redaction} record names. Any other table may be written freely. A new append-only
 * table belongs in {@link #RESTRICTED}.
 */
final class ApplicationGrants {

    private static final List<String> WRITES = List.of("INSERT", "UPDATE", "DELETE");
    private static final List<String> SCHEMA_CHANGES =
            List.of("CREATE", "DROP", "ALTER", "INDEX", "REFERENCES", "TRIGGER", "CREATE VIEW", "SHOW VIEW");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");

    /** Tables the application writes less than fully: what it may do there. */
    static final Map<String, Set<String>> RESTRICTED = Map.ofEntries(
            Map.entry("register_entry", Set.of("INSERT")),
            Map.entry("register_leaf", Set.of("INSERT")),
            Map.entry("tree_head", Set.of("INSERT")),
            Map.entry("tlog_cosignature", Set.of("INSERT")),
            Map.entry("audit_event", Set.of("INSERT")),
            // a redaction deletes a removed file and its text; their triggers allow only that
            Map.entry("attachment_blob", Set.of("INSERT", "DELETE")),
            Map.entry("attachment_text", Set.of("INSERT", "DELETE")),
            Map.entry("redaction", Set.of("INSERT")),
            Map.entry("redaction_revision", Set.of("INSERT")),
            // the single head row is moved under lock at every append
            Map.entry("register_head", Set.of("UPDATE")),
            Map.entry("document", Set.of("INSERT", "UPDATE")),
            Map.entry("revision", Set.of("INSERT", "UPDATE")),
            // rows come from document's trigger (run with its definer's rights); the counter adds to them
            Map.entry("document_visits", Set.of("UPDATE")),
            // a flushed batch's id, so that its retry adds nothing; ids older than a week go
            Map.entry("visit_flush", Set.of("INSERT", "DELETE")),
            Map.entry("flyway_schema_history", Set.of()));

    private ApplicationGrants() {}

    static Set<String> allowed(String table) {
        return RESTRICTED.getOrDefault(table.toLowerCase(Locale.ROOT), Set.copyOf(WRITES));
    }

    static void apply(DataSource migrationAccount, String role) throws SQLException {
        if (!NAME.matcher(role).matches()) {
            throw new IllegalStateException("METRYKA_DB_APP_ROLE must be a plain role name: " + role);
        }
        try (Connection connection = migrationAccount.getConnection()) {
            String schema = schema(connection);
            for (String table : tables(connection)) {
                Set<String> allowed = allowed(table);
                String target = "`" + schema + "`.`" + table + "`";
                List<String> granted = WRITES.stream().filter(allowed::contains).toList();
                // grant first, then take away the rest: the application never loses a right it keeps
                if (!granted.isEmpty()) {
                    execute(connection, "GRANT " + String.join(", ", granted) + " ON " + target + " TO " + role);
                }
                Set<String> refused = new LinkedHashSet<>(WRITES);
                refused.removeAll(allowed);
                refused.addAll(SCHEMA_CHANGES);
                try {
                    execute(connection, "REVOKE " + String.join(", ", refused) + " ON " + target + " FROM " + role);
                } catch (SQLException e) {
                    if (e.getErrorCode() != 1147) { // no table-level grant at all: nothing to take away
                        throw e;
                    }
                }
            }
        }
    }

    private static String schema(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT DATABASE()")) {
            rs.next();
            String schema = rs.getString(1);
            if (schema == null || !NAME.matcher(schema).matches()) {
                throw new IllegalStateException("METRYKA_DB_URL must name a database with a plain name: " + schema);
            }
            return schema;
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT TABLE_NAME FROM information_schema.TABLES"
                        + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                if (NAME.matcher(rs.getString(1)).matches()) {
                    tables.add(rs.getString(1));
                }
            }
        }
        return tables;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
