package pl.metryka.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RedactionStubTest {

    @Test
    void theStubSaysWhenOnWhatBasisAndWhyInPolish() {
        assertEquals(
                "[fragment usunięty 2 grudnia 2026 r. — podstawa prawna: art. 17 RODO; powód: omyłka]",
                RedactionWork.stub(
                        "fragment usunięty", Instant.parse("2026-12-02T10:00:00Z"), "art. 17 RODO", "omyłka"));
        // the date is the day in Poland
        assertEquals(
                "[załącznik usunięty 1 stycznia 2027 r. — podstawa prawna: b; powód: r]",
                RedactionWork.stub("załącznik usunięty", Instant.parse("2026-12-31T23:30:00Z"), "b", "r"));
    }

    @Test
    void passagesAreMatchedAsTheSanitizedBodyEscapesThem() {
        assertEquals("A &amp; B &lt;x&gt;", RedactionWork.escape("A & B <x>"));
        assertEquals(2, RedactionWork.count("<p>ul. Sosnowej 12</p><li>ul. Sosnowej 12 –</li>", "ul. Sosnowej 12"));
        assertEquals(0, RedactionWork.count("<p>x</p>", "ul. Sosnowej 12"));
    }
}
