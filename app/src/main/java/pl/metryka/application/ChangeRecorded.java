package pl.metryka.application;

import pl.metryka.domain.model.register.RegisterAction;

/**
 * Fired inside the transaction that appends entry {@code seq} to the change register; observe it
 * with {@code during = AFTER_SUCCESS} to see only changes that were committed.
 */
public record ChangeRecorded(long seq, RegisterAction action) {}
