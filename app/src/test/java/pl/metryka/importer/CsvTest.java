package pl.metryka.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotedFieldsKeepSeparatorsQuotesAndLineBreaksAndRecordsKnowTheirLine() {
        List<Csv.Record> records =
                Csv.parse("\uFEFFa;b;c\n1;\"x;y\";\"powiedział \"\"tak\"\"\"\r\n2;\"dwa\nwiersze\";z\n\n3;;\n");
        assertEquals(4, records.size());
        assertEquals(List.of("a", "b", "c"), records.get(0).fields());
        assertEquals(List.of("1", "x;y", "powiedział \"tak\""), records.get(1).fields());
        assertEquals(List.of("2", "dwa\nwiersze", "z"), records.get(2).fields());
        assertEquals(3, records.get(2).line());
        assertEquals(6, records.get(3).line(), "the blank line is skipped but counted");
        assertEquals(List.of("3", "", ""), records.get(3).fields());
    }

    @Test
    void aCommaHeaderMeansCommaSeparated() {
        List<Csv.Record> records = Csv.parse("a,b\n\"1,5\",2");
        assertEquals(List.of("1,5", "2"), records.get(1).fields());
    }

    @Test
    void reportFieldsAreQuotedOnlyWhenNeeded() {
        assertEquals("prosty", Csv.field("prosty"));
        assertEquals("\"a;b \"\"c\"\"\"", Csv.field("a;b \"c\""));
    }
}
