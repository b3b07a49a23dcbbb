package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.metryka.it.Documents.publicationSeq;
import static pl.metryka.it.Documents.published;
import static pl.metryka.it.Documents.unique;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.ApiClient;
import pl.metryka.test.DirectSql;
import pl.metryka.test.SuiteEnvironment;

/** Someone with database access changes history behind the application's back; verify must say where. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TamperDetectionIT {

    @ArquillianResource
    private URL base;

    @Test
    void oneChangedByteInAPublishedRevisionIsReportedAtItsRegisterEntry() {
        ApiClient api = ApiClient.anonymous(base);
        JsonObject doc = published(api, unique("Zarządzenie o opłatach"), "<p>Opłata wynosi 100 zł.</p>");
        long id = doc.getJsonNumber("id").longValue();
        long publishedSeq = publicationSeq(id);
        assertTrue(verify(api).getBoolean("valid"));

        DirectSql.withFirstRevisionChanged(id, c -> {
            JsonObject result = verify(api);
            assertFalse(result.getBoolean("valid"), result.toString());
            assertEquals(publishedSeq, result.getJsonNumber("firstBadSeq").longValue(), result.toString());
        });
        assertTrue(verify(api).getBoolean("valid"));
    }

    @Test
    void aChangedRegisterEntryIsReported() {
        ApiClient api = ApiClient.anonymous(base);
        long seq = DirectSql.count("SELECT MIN(seq) + 3 FROM register_entry");
        DirectSql.withActorChanged(seq, c -> {
            JsonObject result = verify(api);
            assertFalse(result.getBoolean("valid"));
            assertEquals(seq, result.getJsonNumber("firstBadSeq").longValue(), result.toString());
        });
        assertTrue(verify(api).getBoolean("valid"));
    }

    @Test
    void aDeletedRegisterEntryIsReported() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        long seq = DirectSql.count("SELECT MIN(seq) + 5 FROM register_entry");
        DirectSql.withoutGuards(c -> {
            Object[] row = row(c, seq);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM register_entry WHERE seq = ?")) {
                delete.setLong(1, seq);
                assertEquals(1, delete.executeUpdate());
            }
            try {
                JsonObject result = verify(api);
                assertFalse(result.getBoolean("valid"));
                assertEquals(seq, result.getJsonNumber("firstBadSeq").longValue(), result.toString());
            } finally {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO register_entry VALUES (" + "?,".repeat(row.length - 1) + "?)")) {
                    for (int i = 0; i < row.length; i++) {
                        insert.setObject(i + 1, row[i]);
                    }
                    insert.executeUpdate();
                }
            }
        });
        assertTrue(verify(api).getBoolean("valid"));
    }

    @Test
    void theDatabaseItselfRefusesToRewriteHistory() {
        long seq = DirectSql.count("SELECT MIN(seq) FROM register_entry");
        long documentId = DirectSql.count("SELECT MIN(document_id) FROM revision WHERE state = 'PUBLISHED'");
        DirectSql.update(
                "INSERT INTO audit_event (at, actor, action, outcome) VALUES (NOW(6), 'test', 'TEST', 'SUCCESS')");
        for (String sql : new String[] {
            "UPDATE register_entry SET actor = 'X' WHERE seq = " + seq,
            "DELETE FROM register_entry WHERE seq = " + seq,
            "UPDATE revision SET title = 'X' WHERE state = 'PUBLISHED' AND document_id = " + documentId,
            "DELETE FROM revision WHERE document_id = " + documentId,
            "DELETE FROM document WHERE id = " + documentId,
            "DELETE FROM audit_event"
        }) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> DirectSql.update(sql), sql);
            assertTrue(
                    refused.getCause().getMessage().contains("Metryka:"),
                    sql + ": " + refused.getCause().getMessage());
        }
    }

    /**
     * Issue 14, item 3: the application's own account (what Payara logs in with) may not rewrite a
     * register entry, a published revision or the audit log, nor drop a guard trigger: MariaDB
     * refuses it by privilege (error 1142) before any trigger. With the embedded server's old
     * setup (ALL on the database) every statement here went through.
     */
    @Test
    void theApplicationsOwnAccountMayNeitherRewriteHistoryNorDropTheGuards() throws Exception {
        Assumptions.assumeFalse(
                System.getProperty(SuiteEnvironment.MIGRATION_USER, "").isBlank(),
                "an external database whose application account also migrates: it has every right");
        long seq = DirectSql.count("SELECT MIN(seq) FROM register_entry");
        long documentId = DirectSql.count("SELECT MIN(document_id) FROM revision WHERE state = 'PUBLISHED'");
        try (Connection c = DirectSql.connectAsApplication();
                Statement s = c.createStatement()) {
            for (String sql : new String[] {
                "UPDATE register_entry SET actor = 'X' WHERE seq = " + seq,
                "DELETE FROM register_entry WHERE seq = " + seq,
                "DELETE FROM audit_event",
                "DELETE FROM revision WHERE document_id = " + documentId,
                "DROP TRIGGER register_entry_is_append_only",
                "DROP TRIGGER revision_published_is_immutable",
                "ALTER TABLE register_entry ADD COLUMN x INT"
            }) {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertEquals(1142, refused.getErrorCode(), sql + ": " + refused.getMessage());
            }
        }
        assertEquals(
                1,
                DirectSql.count(
                        "SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_NAME = 'register_entry_is_append_only'"));
    }

    private static Object[] row(Connection c, long seq) throws Exception {
        Object[] row = DirectSql.registerEntry(c, seq);
        assertEquals(12, row.length); // hash_format since V18
        return row;
    }

    private static JsonObject verify(ApiClient api) {
        return api.get("api/v1/register/verify").json();
    }
}
