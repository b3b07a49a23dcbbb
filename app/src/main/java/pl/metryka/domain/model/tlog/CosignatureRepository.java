package pl.metryka.domain.model.tlog;

import java.util.List;

/** Where witnesses' cosignatures are kept. */
public interface CosignatureRepository {

    void add(WitnessCosignature cosignature);

    /** The cosignatures of the checkpoint of this size, by witness name and key ID. */
    List<WitnessCosignature> forSize(long size);
}
