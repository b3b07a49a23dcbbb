package pl.metryka.verifier;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A source that holds nothing, for the unit tests of one check: a test overrides only what its
 * check reads (revisions are said to be there, none is found).
 */
class EmptySource implements Source {

    @Override
    public String describe() {
        return "test";
    }

    @Override
    public Map<String, Object> key() {
        return Map.of();
    }

    @Override
    public Map<String, Object> head() {
        return Map.of();
    }

    @Override
    public boolean wholeRegister() {
        return false;
    }

    @Override
    public void forEachEntry(long size, Consumer<Map<String, Object>> consumer) {}

    @Override
    public boolean hasRevisions() {
        return true;
    }

    @Override
    public Optional<Map<String, Object>> revision(long documentId, long number) {
        return Optional.empty();
    }

    @Override
    public Optional<byte[]> attachment(long documentId, long number, long position) {
        return Optional.empty();
    }

    @Override
    public Optional<Map<String, Object>> inclusion(long seq, long size) {
        return Optional.empty();
    }

    @Override
    public Optional<Map<String, Object>> consistency(long from, long to) {
        return Optional.empty();
    }
}
