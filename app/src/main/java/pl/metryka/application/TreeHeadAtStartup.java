package pl.metryka.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import pl.metryka.application.tlog.RegisterKey;

/** Once the schema is ready, makes sure the register's current size has a signed tree head, signed with the key the others use. */
@ApplicationScoped
public class TreeHeadAtStartup {

    private static final Logger LOG = Logger.getLogger(TreeHeadAtStartup.class.getName());

    @Inject
    private ChangeRegister register;

    @Inject
    private RegisterProofs proofs;

    @Inject
    private RegisterKey key;

    void onSchemaReady(@Observes SchemaReady ready) {
        warnIfSignedByAnotherKey();
        try {
            register.signCurrentHead();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not sign the register's current tree head at start; the next change will", e);
        }
    }

    /**
     * Instances that share a database must share the signing key (METRYKA_REGISTER_KEY): a key of
     * this instance's own would sign heads that the published key cannot verify.
     */
    private void warnIfSignedByAnotherKey() {
        try {
            proofs.latestHead()
                    .filter(head -> !key.signed(head.signedText(), head.signature()))
                    .ifPresent(
                            head -> LOG.severe(
                                    "The register's latest tree head (size " + head.size()
                                            + ") was signed with another key than"
                                            + " this instance's: give every instance the same METRYKA_REGISTER_KEY (or restore the data"
                                            + " folder's register-signing-key). Heads signed here will not verify with the other key."));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Could not compare the register key with the latest tree head", e);
        }
    }
}
