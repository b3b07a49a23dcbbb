package pl.metryka.domain.model.account;

import java.util.List;
import java.util.Optional;

public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    long count();

    /** Every account, by user name. */
    List<UserAccount> all();

    void store(UserAccount account);
}
