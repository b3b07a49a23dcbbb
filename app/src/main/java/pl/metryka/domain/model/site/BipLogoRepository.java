package pl.metryka.domain.model.site;

import java.util.Optional;

public interface BipLogoRepository {

    Optional<BipLogo> find();

    /** The stored logo's SHA-256, read without its content: every public page asks for it. */
    Optional<String> version();

    void store(BipLogo logo);

    void remove(BipLogo logo);
}
