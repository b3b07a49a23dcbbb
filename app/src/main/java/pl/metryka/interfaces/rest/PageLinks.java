package pl.metryka.interfaces.rest;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import pl.metryka.application.PublicAddress;

/**
 * The {@code Link} header of a list (RFC 8288): first, prev, next and, when the total is known,
 * last — the same query as the request with only the paging parameters replaced.
 */
final class PageLinks {

    private final UriInfo uri;
    private final PublicAddress address;
    private final List<String> links = new ArrayList<>();

    private PageLinks(UriInfo uri, PublicAddress address) {
        this.uri = uri;
        this.address = address;
    }

    /** Numbered pages from 0 ({@code page}, {@code size}); {@code total} items in all. */
    static String pages(UriInfo uri, PublicAddress address, int page, int size, long total) {
        long lastPage = total == 0 ? 0 : (total - 1) / size;
        PageLinks links = new PageLinks(uri, address);
        links.add("first", "page", 0, "size", size);
        if (page > 0) {
            links.add("prev", "page", Math.min(page - 1, lastPage), "size", size);
        }
        if (page < lastPage) {
            links.add("next", "page", page + 1, "size", size);
        }
        links.add("last", "page", lastPage, "size", size);
        return links.toString();
    }

    /** A sequence read after a cursor ({@code after}, {@code limit}); {@code lastSeq} is the newest one. */
    static String cursor(
            UriInfo uri, PublicAddress address, long after, int limit, long lastReturned, boolean full, long lastSeq) {
        PageLinks links = new PageLinks(uri, address);
        links.add("first", "after", 0, "limit", limit);
        if (after > 0) {
            links.add("prev", "after", Math.max(0, after - limit), "limit", limit);
        }
        if (full && lastReturned < lastSeq) {
            links.add("next", "after", lastReturned, "limit", limit);
        }
        links.add("last", "after", Math.max(0, lastSeq - limit), "limit", limit);
        return links.toString();
    }

    private void add(String rel, String name, long value, String sizeName, int size) {
        // the request's path and query below the API root, on the public address (not the Host asked for)
        String below = uri.getBaseUri().relativize(uri.getRequestUri()).toString();
        UriBuilder target = UriBuilder.fromUri(ApiUrls.api(address) + "/" + below)
                .replaceQueryParam("page")
                .replaceQueryParam("size")
                .replaceQueryParam("after")
                .replaceQueryParam("limit")
                .replaceQueryParam(name, value)
                .replaceQueryParam(sizeName, size);
        links.add("<" + target.build() + ">; rel=\"" + rel + "\"");
    }

    @Override
    public String toString() {
        return String.join(", ", links);
    }
}
