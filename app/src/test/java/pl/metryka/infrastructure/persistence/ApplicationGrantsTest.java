package pl.metryka.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ApplicationGrantsTest {

    @Test
    void theRegisterAndTheAuditLogAreAppendOnlyForTheApplication() {
        for (String table : new String[] {
            "register_entry",
            "register_leaf",
            "tree_head",
            "tlog_cosignature",
            "audit_event",
            "redaction",
            "redaction_revision"
        }) {
            assertEquals(Set.of("INSERT"), ApplicationGrants.allowed(table), table);
        }
    }

    @Test
    void storedFilesAreNeverOverwrittenAndDeletedOnlyWhereTheRedactionTriggerAllows() {
        for (String table : new String[] {"attachment_blob", "attachment_text"}) {
            assertEquals(Set.of("INSERT", "DELETE"), ApplicationGrants.allowed(table), table);
        }
    }

    @Test
    void documentsAndRevisionsAreUpdatedButNeverDeleted() {
        for (String table : new String[] {"document", "revision"}) {
            assertTrue(ApplicationGrants.allowed(table).contains("UPDATE"), table);
            assertFalse(ApplicationGrants.allowed(table).contains("DELETE"), table);
        }
        assertEquals(Set.of("UPDATE"), ApplicationGrants.allowed("register_head"));
    }

    @Test
    void migrationsHistoryIsReadOnlyAndOtherTablesAreWritable() {
        assertEquals(Set.of(), ApplicationGrants.allowed("flyway_schema_history"));
        assertEquals(Set.of("INSERT", "UPDATE", "DELETE"), ApplicationGrants.allowed("category"));
        assertEquals(Set.of("INSERT"), ApplicationGrants.allowed("REGISTER_ENTRY"));
    }
}
