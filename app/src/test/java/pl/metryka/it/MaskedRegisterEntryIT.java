package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.application.RegisterProofs;
import pl.metryka.application.RegisterVerifier;
import pl.metryka.domain.model.register.PublicRegisterEntry;

/**
 * Entries an older register holds of kinds that are not public information (an account change,
 * a draft's creation) stay verifiable but are shown by seq, time and hashes only: first appended
 * inside the deployment through the real ChangeRegister, then read from outside as a citizen and
 * an auditor with the offline verifier would.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MaskedRegisterEntryIT {

    @Inject
    private LegacyRegisterEntries legacy;

    @Inject
    private DocumentCatalog catalog;

    @Inject
    private RegisterVerifier verifier;

    @Inject
    private RegisterProofs proofs;

    @ArquillianResource
    private URL base;

    @Test
    @Order(1)
    void legacyEntriesAreMaskedInThePublicViewAndTheRegisterStillVerifies() {
        long documentId = catalog.publicDocuments(0, 1).items().get(0).id();
        List<Long> seqs = legacy.append(documentId);
        for (PublicRegisterEntry e : catalog.registerAfter(seqs.get(0) - 1, 2)) {
            assertTrue(e.masked(), e.toString());
            assertEquals("INTERNAL", e.action());
            assertNull(e.actor());
            assertNull(e.subject());
            assertNull(e.reason());
            assertNull(e.documentId());
            assertEquals(64, e.leafHash().length());
        }
        assertTrue(verifier.verify().valid(), verifier.verify().toString());
        assertFalse(
                proofs.forDocument(documentId).entries().stream().anyMatch(e -> seqs.contains(e.seq())),
                "a document's proofs leave out its pre-publication entries");
    }

    /** The checks from outside live in {@link MaskedRegisterChecks}, which the server never loads. */
    @Test
    @Order(2)
    @RunAsClient
    void theApiCsvAndVerifiersShowThemByHashOnly() throws Exception {
        MaskedRegisterChecks.check(base);
    }
}
