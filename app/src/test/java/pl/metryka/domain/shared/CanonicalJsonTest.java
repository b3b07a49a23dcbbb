package pl.metryka.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void keysComeOutInTheOrderTheyWerePutWithNoWhiteSpace() {
        String json = CanonicalJson.object()
                .put("zeta", "z")
                .put("alpha", 1L)
                .put("mid", 7)
                .toString();

        assertEquals("{\"zeta\":\"z\",\"alpha\":1,\"mid\":7}", json);
    }

    @Test
    void theSameFieldsInAnotherOrderGiveAnotherCanonicalForm() {
        String ab = CanonicalJson.object().put("a", "1").put("b", "2").toString();
        String ba = CanonicalJson.object().put("b", "2").put("a", "1").toString();

        assertEquals("{\"a\":\"1\",\"b\":\"2\"}", ab);
        assertEquals("{\"b\":\"2\",\"a\":\"1\"}", ba);
    }

    @Test
    void anEmptyObjectIsTwoBraces() {
        assertEquals("{}", CanonicalJson.object().toString());
    }

    @Test
    void quotesAndBackslashesAreEscaped() {
        String json = CanonicalJson.object().put("s", "say \"tak\" \\ C:\\dir").toString();

        assertEquals("{\"s\":\"say \\\"tak\\\" \\\\ C:\\\\dir\"}", json);
    }

    @Test
    void controlCharactersBecomeLowerCaseUnicodeEscapes() {
        String json =
                CanonicalJson.object().put("s", "a\nb\tc\rd\u0000e\u001f\bf\f").toString();

        assertEquals("{\"s\":\"a\\u000ab\\u0009c\\u000dd\\u0000e\\u001f\\u0008f\\u000c\"}", json);
    }

    @Test
    void nothingElseIsEscaped() {
        String json = CanonicalJson.object().put("s", "a/b <p> & ' \u007f ~").toString();

        assertEquals("{\"s\":\"a/b <p> & ' \u007f ~\"}", json);
    }

    @Test
    void keysAreEscapedLikeValues() {
        String json = CanonicalJson.object().put("k\"\n", "v").toString();

        assertEquals("{\"k\\\"\\u000a\":\"v\"}", json);
    }

    @Test
    void polishAndOtherNonAsciiLettersAreKeptLiterallyAndHashedAsUtf8() {
        String text = "Zażółć gęślą jaźń ŻÓŁĆ € \uD83D\uDCC4";
        String json = CanonicalJson.object().put("t", text).toString();

        assertEquals("{\"t\":\"" + text + "\"}", json);
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        assertEquals(Sha256.hex(utf8), Sha256.hex(json));
    }

    @Test
    void nullValuesOfEveryTypeAreWrittenAsNull() {
        String json = CanonicalJson.object()
                .put("s", (String) null)
                .put("l", (Long) null)
                .put("i", (Integer) null)
                .put("t", (Instant) null)
                .put("d", (LocalDate) null)
                .put("o", (CanonicalJson) null)
                .toString();

        assertEquals("{\"s\":null,\"l\":null,\"i\":null,\"t\":null,\"d\":null,\"o\":null}", json);
    }

    @Test
    void integersAndLongsLookTheSame() {
        assertEquals(
                CanonicalJson.object().put("n", 42L).toString(),
                CanonicalJson.object().put("n", 42).toString());
        assertEquals("{\"n\":-7}", CanonicalJson.object().put("n", -7).toString());
        assertEquals(
                "{\"n\":9223372036854775807}",
                CanonicalJson.object().put("n", Long.MAX_VALUE).toString());
    }

    @Test
    void instantsAlwaysHaveSixFractionalDigitsAndZ() {
        assertEquals("2024-03-01T10:15:30.000000Z", CanonicalJson.instant(Instant.parse("2024-03-01T10:15:30Z")));
        assertEquals("2024-03-01T10:15:30.100000Z", CanonicalJson.instant(Instant.parse("2024-03-01T10:15:30.1Z")));
        assertEquals(
                "2024-03-01T10:15:30.123456Z", CanonicalJson.instant(Instant.parse("2024-03-01T10:15:30.123456Z")));
        assertEquals("1970-01-01T00:00:00.000000Z", CanonicalJson.instant(Instant.EPOCH));
    }

    @Test
    void instantsAreWrittenInUtcWhateverOffsetTheyWereParsedFrom() {
        Instant warsawSummer =
                OffsetDateTime.parse("2024-07-01T12:00:00.5+02:00").toInstant();

        assertEquals(
                "{\"at\":\"2024-07-01T10:00:00.500000Z\"}",
                CanonicalJson.object().put("at", warsawSummer).toString());
    }

    @Test
    void nanosecondsBeyondTheDatabasePrecisionAreDroppedLikeMomentDoes() {
        Instant withNanos = Instant.parse("2024-03-01T10:15:30.123456789Z");

        assertEquals("2024-03-01T10:15:30.123456Z", CanonicalJson.instant(withNanos));
        assertEquals(CanonicalJson.instant(Moment.of(withNanos)), CanonicalJson.instant(withNanos));
    }

    @Test
    void aNullInstantFormatsAsNull() {
        assertNull(CanonicalJson.instant(null));
    }

    @Test
    void datesAreIsoStrings() {
        assertEquals(
                "{\"d\":\"2024-02-29\"}",
                CanonicalJson.object().put("d", LocalDate.of(2024, 2, 29)).toString());
    }

    @Test
    void nestedObjectsAndArraysAreWrittenInline() {
        record Item(String name, long size) {}
        List<Item> items = List.of(new Item("uchwała.pdf", 10), new Item("zał. \"1\".odt", 20));

        String json = CanonicalJson.object()
                .put("id", 1)
                .put(
                        "withheld",
                        CanonicalJson.object()
                                .put("scope", "dane osobowe")
                                .put("inner", CanonicalJson.object().put("x", (String) null)))
                .putArray(
                        "files",
                        items,
                        i -> CanonicalJson.object().put("name", i.name()).put("size", i.size()))
                .putArray("none", List.<Item>of(), i -> CanonicalJson.object())
                .toString();

        assertEquals(
                "{\"id\":1,"
                        + "\"withheld\":{\"scope\":\"dane osobowe\",\"inner\":{\"x\":null}},"
                        + "\"files\":[{\"name\":\"uchwała.pdf\",\"size\":10},{\"name\":\"zał. \\\"1\\\".odt\",\"size\":20}],"
                        + "\"none\":[]}",
                json);
    }

    @Test
    void withAddsFieldsInPlace() {
        String json = CanonicalJson.object()
                .put("a", 1)
                .with(o -> o.put("b", 2).put("c", 3))
                .put("d", 4)
                .toString();

        assertEquals("{\"a\":1,\"b\":2,\"c\":3,\"d\":4}", json);
    }

    @Test
    void toStringCanBeCalledRepeatedlyWithTheSameResult() {
        CanonicalJson object = CanonicalJson.object().put("a", 1);

        assertEquals(object.toString(), object.toString());
    }
}
