package pl.metryka.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConditionalGetFilterTest {

    private static final String TAG = "\"0123abcd\"";

    @Test
    void ifNoneMatchComparesTagsWeaklyAndAcceptsAListOrAStar() {
        assertTrue(ConditionalGetFilter.matches(TAG, TAG));
        assertTrue(ConditionalGetFilter.matches("W/" + TAG, TAG));
        assertTrue(ConditionalGetFilter.matches("\"other\", " + TAG, TAG));
        assertTrue(ConditionalGetFilter.matches("*", TAG));
        assertFalse(ConditionalGetFilter.matches(null, TAG));
        assertFalse(ConditionalGetFilter.matches("\"other\"", TAG));
        assertFalse(ConditionalGetFilter.matches("0123abcd", TAG), "tags are quoted");
    }
}
