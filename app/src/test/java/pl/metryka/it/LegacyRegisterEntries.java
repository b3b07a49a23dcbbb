package pl.metryka.it;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import pl.metryka.application.ChangeRegister;
import pl.metryka.domain.model.register.Change;
import pl.metryka.domain.model.register.RegisterAction;
import pl.metryka.domain.model.register.RegisterEntry;

/**
 * Inside the deployment: appends entries of the kinds an older register recorded and the
 * application no longer does (an account change, a draft's creation), through the real
 * ChangeRegister, so that they are chained, in the Merkle tree and under a signed head.
 */
@Stateless
public class LegacyRegisterEntries {

    static final String MARKER = "LEGACY-NIEJAWNE";

    @Inject
    private ChangeRegister register;

    public List<Long> append(long publishedDocumentId) {
        Instant now = Instant.now();
        RegisterEntry account = register.record(new Change(
                now,
                "Adam Administrator",
                RegisterAction.USER_CHANGED,
                null,
                null,
                "Konto użytkownika " + MARKER.toLowerCase(),
                "Konto zablokowane " + MARKER,
                null));
        RegisterEntry draft = register.record(new Change(
                now,
                "Ewa Redaktor",
                RegisterAction.CREATED,
                publishedDocumentId,
                1,
                "TAJNY-SZKIC " + MARKER + " Projekt uchwały",
                null,
                null));
        return List.of(account.seq(), draft.seq());
    }
}
