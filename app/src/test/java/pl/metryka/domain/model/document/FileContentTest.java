package pl.metryka.domain.model.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.metryka.domain.shared.Sha256;

class FileContentTest {

    @Test
    void aSpooledFileKnowsItsDigestSizeAndHeadAndReadsBackAsWritten(@TempDir Path dir) throws Exception {
        byte[] bytes = new byte[200_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        FileContent spooled = FileContent.spool(new ByteArrayInputStream(bytes), dir.resolve("a.bin"));
        FileContent held = FileContent.of(bytes);
        assertEquals(held.sha256(), spooled.sha256());
        assertEquals(Sha256.hex(bytes), spooled.sha256());
        assertEquals(bytes.length, spooled.size());
        assertArrayEquals(held.head(), spooled.head());
        assertEquals(FileContent.HEAD_BYTES, spooled.head().length);
        try (InputStream in = spooled.open()) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
        assertEquals(dir.resolve("a.bin"), spooled.file().orElseThrow());
    }

    @Test
    void aShortFileHasAShortHead(@TempDir Path dir) throws Exception {
        byte[] pdf = "%PDF".getBytes(StandardCharsets.US_ASCII);
        FileContent spooled = FileContent.spool(new ByteArrayInputStream(pdf), Files.createFile(dir.resolve("b.bin")));
        assertArrayEquals(pdf, spooled.head());
        assertArrayEquals(new byte[0], FileContent.of(new byte[0]).head());
    }
}
