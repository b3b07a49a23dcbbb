package pl.metryka.application;

import java.util.List;
import java.util.Locale;

/**
 * What a request for a document's page says about who asks, as far as counting visits goes: the
 * HTTP method, the User-Agent, and the values of the headers by which browsers mark a speculative
 * load (Sec-Purpose, Purpose, X-Moz, X-Purpose). Which of them count is decided in
 * {@link VisitCounter#countsAsVisit}.
 */
public record PageView(String method, String userAgent, List<String> purposes) {

    public PageView {
        purposes = purposes == null
                ? List.of()
                : purposes.stream().filter(p -> p != null && !p.isBlank()).toList();
    }

    /** Loaded ahead of a possible visit (prefetch, prerender, preview), not by a reader opening the page. */
    boolean speculative() {
        return purposes.stream()
                .map(p -> p.toLowerCase(Locale.ROOT))
                .anyMatch(p -> p.contains("prefetch") || p.contains("prerender") || p.contains("preview"));
    }
}
