package pl.metryka.interfaces.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.servers.Server;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Makes Payara's generated OpenAPI document stable and standard (registered through
 * {@code mp.openapi.filter}): one entry per tag (Payara repeats a tag for every class that
 * names it), servers as paths relative to /openapi instead of the host names the server
 * happened to be reached by, and without Payara's non-standard top-level {@code endpoints} list.
 */
public class OpenApiTidying implements OASFilter {

    private static final Logger LOG = Logger.getLogger(OpenApiTidying.class.getName());

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setTags(uniqueTags(openAPI.getTags()));
        openAPI.setServers(relativeServers(openAPI.getServers()));
        withoutPayaraEndpoints(openAPI);
    }

    /** Each tag once: the described ones (the API definition's) in their order, then any others. */
    static List<Tag> uniqueTags(List<Tag> tags) {
        if (tags == null) {
            return null;
        }
        Map<String, Tag> unique = new LinkedHashMap<>();
        for (Tag tag : tags) {
            if (tag.getDescription() != null) {
                unique.putIfAbsent(tag.getName(), tag);
            }
        }
        for (Tag tag : tags) {
            unique.putIfAbsent(tag.getName(), tag);
        }
        return new ArrayList<>(unique.values());
    }

    private static List<Server> relativeServers(List<Server> servers) {
        String path = "/";
        if (servers != null && !servers.isEmpty() && servers.get(0).getUrl() != null) {
            String raw = URI.create(servers.get(0).getUrl()).getRawPath();
            path = raw == null || raw.isEmpty() ? "/" : raw;
        }
        List<Server> relative = new ArrayList<>();
        relative.add(OASFactory.createServer().url(path).description("Ten serwer (adres względem /openapi)"));
        return relative;
    }

    private static void withoutPayaraEndpoints(OpenAPI openAPI) {
        try {
            // empty, not null: Payara copies the map on every request and leaves empty fields out
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new TreeMap<String, Object>());
        } catch (NoSuchMethodException notPayaras) {
            // another implementation: nothing to remove
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.FINE, "Could not drop the endpoints list from the OpenAPI document", e);
        }
    }
}
