package pl.metryka.interfaces.rest;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import pl.metryka.domain.model.document.FileContent;

/**
 * Reads the document writes (new document, amendment, import) without holding their files: the JSON
 * is walked with a streaming parser, every {@code contentBase64} string is decoded as it streams in
 * straight to a spool file ({@link UploadSpool}), and JSON-B then reads the same JSON with a short
 * reference in its place. A 25 MB attachment (34 MB of base64) thus costs a buffer, not 34 + 25 MB
 * of heap per request. The JSON contract is unchanged.
 */
@Provider
public class StreamedUploads implements ReaderInterceptor {

    static final String FIELD = "contentBase64";

    private static final Set<Class<?>> WRITES = Set.of(
            DocumentRequests.NewDocument.class,
            DocumentRequests.Amendment.class,
            ImportRequests.ImportedDocument.class);
    /** Strings as long as the largest body (the cap bounds them, as it did for JSON-B). */
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength((int) RequestBodyLimit.IMPORT.bytes())
                    .build())
            .build();
    /** As lenient as the MIME decoder it replaces: line breaks skipped, padding optional. */
    private static final Base64Variant BASE64 =
            Base64Variants.MIME_NO_LINEFEEDS.withReadPadding(Base64Variant.PaddingReadBehaviour.PADDING_ALLOWED);

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        UploadSpool spool = UploadSpool.current();
        if (spool != null && WRITES.contains(context.getType())) {
            context.setInputStream(new ByteArrayInputStream(withReferences(context.getInputStream(), spool)));
        }
        return context.proceed();
    }

    /** The JSON with each file's base64 replaced by its spool reference. */
    static byte[] withReferences(InputStream json, UploadSpool spool) throws IOException {
        ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
        try (JsonParser parser = JSON.createParser(json);
                JsonGenerator generator = JSON.createGenerator(rewritten)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING
                        && FIELD.equals(parser.currentName())
                        && parser.getParsingContext().inObject()) {
                    generator.writeString(spool.add(spooled(parser, spool)));
                } else {
                    generator.copyCurrentEvent(parser);
                }
            }
        } catch (JsonProcessingException e) {
            throw new JsonbException(e.getOriginalMessage(), e);
        }
        return rewritten.toByteArray();
    }

    /** Decodes the current base64 string to a spool file; null if it is not base64 (reported by field later). */
    private static FileContent spooled(JsonParser parser, UploadSpool spool) throws IOException {
        UploadSpool.Writer writer = new UploadSpool.Writer(spool.newFile());
        try (writer) {
            parser.readBinaryValue(BASE64, writer);
        } catch (IllegalArgumentException e) {
            // a character outside base64 (Jackson reports it so); the parser skips the rest of the string next
            return null;
        } catch (JsonProcessingException e) {
            if (e.getOriginalMessage() == null
                    || !e.getOriginalMessage().toLowerCase().contains("base64")) {
                throw e;
            }
            return null;
        }
        return writer.content();
    }
}
