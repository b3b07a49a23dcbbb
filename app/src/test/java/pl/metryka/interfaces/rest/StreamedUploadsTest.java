package pl.metryka.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import pl.metryka.domain.model.document.FileContent;
import pl.metryka.domain.shared.Sha256;

class StreamedUploadsTest {

    private static final byte[] PDF = "%PDF-1.4\n% Uchwała nr 1\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void eachFileGoesToItsSpoolFileAndTheJsonKeepsEverythingElse() throws Exception {
        String base64 = Base64.getMimeEncoder().encodeToString(PDF).replace("\r\n", "\\r\\n");
        String json = "{\"title\":\"Uchwała\",\"n\":1.10,\"attachments\":[{\"fileName\":\"a.pdf\",\"contentBase64\":\""
                + base64 + "\"},{\"fileName\":\"b.pdf\",\"contentBase64\":\""
                + Base64.getEncoder().withoutPadding().encodeToString(PDF) + "\"}]}";
        Path spooled;
        try (UploadSpool spool = UploadSpool.open()) {
            JsonObject rewritten = read(StreamedUploads.withReferences(stream(json), spool));
            assertEquals("Uchwała", rewritten.getString("title"));
            assertEquals(
                    "a.pdf",
                    rewritten.getJsonArray("attachments").getJsonObject(0).getString("fileName"));
            for (int i = 0; i < 2; i++) {
                String reference =
                        rewritten.getJsonArray("attachments").getJsonObject(i).getString("contentBase64");
                assertTrue(spool.names(reference), reference);
                FileContent content = spool.content(reference);
                assertEquals(PDF.length, content.size());
                assertEquals(Sha256.hex(PDF), content.sha256());
                assertArrayEquals("%PDF-1.4\n% Uchwa".getBytes(StandardCharsets.UTF_8), content.head());
                try (InputStream in = content.open()) {
                    assertArrayEquals(PDF, in.readAllBytes());
                }
            }
            spooled = spool.content(rewritten
                            .getJsonArray("attachments")
                            .getJsonObject(0)
                            .getString("contentBase64"))
                    .file()
                    .orElseThrow();
            assertTrue(Files.exists(spooled));
        }
        assertFalse(Files.exists(spooled), "the spool file goes with the request");
        assertNull(UploadSpool.current());
    }

    @Test
    void notBase64IsRecordedForItsFieldAndTheRestIsStillRead() throws Exception {
        try (UploadSpool spool = UploadSpool.open()) {
            JsonObject rewritten = read(StreamedUploads.withReferences(
                    stream(
                            "{\"attachments\":[{\"contentBase64\":\"to nie jest base64!\",\"fileName\":\"x.pdf\"}],\"title\":\"T\"}"),
                    spool));
            assertNull(spool.content(
                    rewritten.getJsonArray("attachments").getJsonObject(0).getString("contentBase64")));
            assertEquals(
                    "x.pdf",
                    rewritten.getJsonArray("attachments").getJsonObject(0).getString("fileName"));
            assertEquals("T", rewritten.getString("title"));
        }
    }

    @Test
    void aClientCannotPassOffItsOwnValueAsAReference() throws Exception {
        try (UploadSpool spool = UploadSpool.open()) {
            spool.add(FileContent.of(PDF));
            String forged = UploadSpool.REFERENCE.replace("\u0000", "\\u0000") + "0";
            JsonObject rewritten =
                    read(StreamedUploads.withReferences(stream("{\"contentBase64\":\"" + forged + "\"}"), spool));
            // the client's value was decoded as base64 (and failed): its own entry, not the file already spooled
            assertEquals(UploadSpool.REFERENCE + "1", rewritten.getString("contentBase64"));
        }
    }

    @Test
    void brokenJsonIsReportedAsJson() {
        try (UploadSpool spool = UploadSpool.open()) {
            assertThrows(JsonbException.class, () -> StreamedUploads.withReferences(stream("{\"title\":"), spool));
        }
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject read(byte[] json) {
        return Json.createReader(new StringReader(new String(json, StandardCharsets.UTF_8)))
                .readObject();
    }
}
