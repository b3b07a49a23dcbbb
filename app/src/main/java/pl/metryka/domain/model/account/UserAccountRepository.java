package pl.metryka.domain.model.account;

import java.util.Optional;
import java.util.List;

public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    long count();

    /** Every account, by user name. */
    List<UserAccount> all();

    void store(UserAccount account);
}
