package pl.metryka.domain.model.podmiot;

import java.util.Optional;

public interface PodmiotRepository {

    Optional<Podmiot> find();

    void store(Podmiot podmiot);
}
