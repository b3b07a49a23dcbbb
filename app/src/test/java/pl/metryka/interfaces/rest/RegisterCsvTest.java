package pl.metryka.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class RegisterCsvTest {

    @Test
    void fieldsAreQuotedOnlyWhenTheyMustBeAndReadBackExactly() throws Exception {
        List<String> tricky = List.of(
                "zwykły tekst",
                "przecinek, w środku",
                "cudzysłów \"w\" środku",
                "dwie\r\nlinie",
                "tylko\nLF",
                "",
                "=SUMA(A1)");
        StringBuilder csv = new StringBuilder();
        for (String value : tricky) {
            csv.append(RegisterCsv.field(value)).append("\r\n");
        }
        assertEquals("zwykły tekst", RegisterCsv.field("zwykły tekst"));
        assertEquals("\"cudzysłów \"\"w\"\" środku\"", RegisterCsv.field("cudzysłów \"w\" środku"));
        assertEquals("", RegisterCsv.field(null));

        List<CSVRecord> records =
                CSVFormat.RFC4180.parse(new StringReader(csv.toString())).getRecords();
        assertEquals(tricky.size(), records.size());
        for (int i = 0; i < tricky.size(); i++) {
            assertEquals(tricky.get(i), records.get(i).get(0));
        }
    }

    @Test
    void theHeaderNamesTheColumnsInOrder() {
        assertEquals(
                "seq,at,actor,action,documentId,revision,subject,reason,contentHash,prevHash,hash\r\n",
                RegisterCsv.header());
    }
}
