package pl.metryka.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import pl.metryka.domain.shared.Timestamps;

/**
 * Nulls are written out, so every documented field is present even when it has no value; moments
 * are written as every other output writes them ({@link Timestamps}), not as JSON-B's default
 * (which drops zero fractions).
 */
@Provider
public class JsonConfiguration implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(config());

    static JsonbConfig config() {
        return new JsonbConfig().withNullValues(true).withSerializers(new InstantText());
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    /** A moment as {@link Timestamps} writes it. */
    public static final class InstantText implements JsonbSerializer<Instant> {
        @Override
        public void serialize(Instant at, JsonGenerator json, SerializationContext context) {
            json.write(Timestamps.format(at));
        }
    }
}
