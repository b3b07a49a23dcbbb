package pl.metryka.it;

import jakarta.inject.Inject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.application.DocumentCatalog;

/**
 * The register as a C2SP transparency log (/tlog/checkpoint, /tlog/key, /tlog/tile/...), checked
 * from outside by a client written from the C2SP texts alone ({@link TransparencyLogChecks}): as
 * the demo left it, then grown past 256 entries (full tiles, level 1), then with an older
 * register's non-public entries, whose entry bundle is withheld while the hash tiles still cover it.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TransparencyLogIT {

    @Inject
    private RegisterFiller filler;

    @Inject
    private LegacyRegisterEntries legacy;

    @Inject
    private DocumentCatalog catalog;

    @ArquillianResource
    private URL base;

    @Test
    @Order(1)
    @RunAsClient
    void theCheckpointIsTheSignedHeadAndTheTilesRebuildItsRoot() throws Exception {
        TransparencyLogChecks.checkpointAndTiles(base);
    }

    @Test
    @Order(2)
    void theRegisterGrowsPastTwoFullTiles() {
        filler.growTo(2 * 256 + 7);
    }

    @Test
    @Order(3)
    @RunAsClient
    void fullTilesAreImmutableAndLevelOneFoldsThem() throws Exception {
        TransparencyLogChecks.checkpointAndTiles(base);
        TransparencyLogChecks.fullTiles(base);
    }

    @Test
    @Order(4)
    void anOlderRegistersNonPublicEntriesAreAppended() {
        legacy.append(catalog.publicDocuments(0, 1).items().get(0).id());
    }

    @Test
    @Order(5)
    @RunAsClient
    void aBundleWithANonPublicEntryIsWithheldWhileItsHashTileIsServed() throws Exception {
        TransparencyLogChecks.withheldBundle(base);
        TransparencyLogChecks.checkpointAndTiles(base);
    }

    @Test
    @Order(6)
    @RunAsClient
    void whatTheTreeDoesNotHaveIsNotFound() {
        TransparencyLogChecks.notFound(base);
    }

    @Test
    @Order(7)
    @RunAsClient
    void aConfiguredWitnessesCosignatureIsVerifiedKeptAndShown() throws Exception {
        TransparencyLogChecks.cosignatures(base);
    }
}
