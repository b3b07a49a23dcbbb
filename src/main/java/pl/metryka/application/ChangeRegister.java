package pl.metryka.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import pl.metryka.domain.model.register.Change;
import pl.metryka.domain.model.register.RegisterEntry;
import pl.metryka.domain.model.register.RegisterHead;
import pl.metryka.domain.model.register.RegisterRepository;

/**
 * Appends to the change register inside the transaction that makes the change (MANDATORY), so
 * the change and its entry commit together or not at all. Locking the head row serializes
 * appenders across threads and instances.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ChangeRegister {

    @Inject
    private RegisterRepository register;

    public RegisterEntry record(Change change) {
        RegisterHead head = register.lockHead();
        RegisterEntry entry = RegisterEntry.append(head, change);
        register.add(entry);
        return entry;
    }
}
