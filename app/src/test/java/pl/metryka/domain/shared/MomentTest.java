package pl.metryka.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MomentTest {

    @Test
    void ofDropsEverythingBelowAMicrosecond() {
        assertEquals(
                Instant.parse("2024-03-01T10:15:30.123456Z"),
                Moment.of(Instant.parse("2024-03-01T10:15:30.123456999Z")));
        assertEquals(Instant.parse("2024-03-01T10:15:30Z"), Moment.of(Instant.parse("2024-03-01T10:15:30.000000999Z")));
    }

    @Test
    void ofKeepsAnInstantThatIsAlreadyInMicroseconds() {
        Instant micros = Instant.parse("2024-03-01T10:15:30.000001Z");

        assertEquals(micros, Moment.of(micros));
    }

    @Test
    void nowHasNoNanosecondsBelowAMicrosecondAndIsCurrent() {
        Instant before = Instant.now().minusSeconds(1);
        Instant now = Moment.now();

        assertEquals(0, now.getNano() % 1_000);
        assertTrue(now.isAfter(before));
        assertFalse(now.isAfter(Instant.now()));
    }
}
