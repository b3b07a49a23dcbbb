package pl.metryka.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import pl.metryka.domain.model.podmiot.Podmiot;
import pl.metryka.domain.model.podmiot.PodmiotRepository;

/** Reads the publishing body's settings; its name goes on every revision's metryka. */
@Stateless
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
