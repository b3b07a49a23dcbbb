package pl.metryka.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import pl.metryka.domain.model.podmiot.Podmiot;
import pl.metryka.domain.model.podmiot.PodmiotRepository;

/**
 * Reads the publishing body's settings; its name goes on every revision's metryka.
 *
 * <p>Reads only, so no transaction of its own: inside one, each read of a public page cost three
 * more round trips to the database (autocommit off, COMMIT, autocommit on). Called from a
 * transaction, it joins it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PodmiotSettings {

    static final String UNSET = "(podmiot nieustawiony)";

    @Inject
    private PodmiotRepository podmioty;

    public Optional<Podmiot> podmiot() {
        return podmioty.find();
    }

    public String name() {
        return podmioty.find().map(Podmiot::name).orElse(UNSET);
    }
}
