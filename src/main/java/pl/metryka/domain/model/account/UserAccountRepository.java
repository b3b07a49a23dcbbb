package pl.metryka.domain.model.account;

import java.util.Optional;

public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    long count();

    void store(UserAccount account);
}
