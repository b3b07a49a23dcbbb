package pl.metryka.it;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import pl.metryka.application.ChangeRegister;
import pl.metryka.domain.model.register.Change;
import pl.metryka.domain.model.register.RegisterAction;
import pl.metryka.domain.model.register.RegisterHead;
import pl.metryka.domain.model.register.RegisterRepository;

/**
 * Inside the deployment: grows the register through the real ChangeRegister with public entries
 * (the podmiot's settings recorded again) until it has at least {@code size} entries, so that the
 * tree has full tiles; each entry is chained, in the Merkle tree and under a signed head.
 */
@Stateless
public class RegisterFiller {

    @Inject
    private ChangeRegister register;

    @Inject
    private RegisterRepository repository;

    public long growTo(long size) {
        RegisterHead head = repository.head();
        for (long seq = head.seq() + 1; seq <= size; seq++) {
            register.record(new Change(
                    Instant.now(),
                    "Test kafelków",
                    RegisterAction.SETTINGS_CHANGED,
                    null,
                    null,
                    "Ustawienia podmiotu",
                    "Wpis testowy " + seq,
                    null));
        }
        return repository.head().seq();
    }
}
