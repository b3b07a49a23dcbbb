package pl.metryka.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.metryka.test.Fields.set;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which views of a document's page count as visits; the crawler answer comes through the port. */
class VisitCountingRulesTest {

    private static final String CHROME =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                    + "Chrome/131.0.0.0 Safari/537.36";

    private final VisitCounter counter = counter(ua -> ua.contains("Googlebot"));

    @Test
    void aBrowsersGetCounts() {
        assertTrue(counter.countsAsVisit(new PageView("GET", CHROME, List.of())));
        assertTrue(counter.countsAsVisit(new PageView("GET", CHROME, Arrays.asList(null, null, null, null))));
    }

    @Test
    void headCrawlersPrefetchesAndNoUserAgentDoNot() {
        assertFalse(counter.countsAsVisit(new PageView("HEAD", CHROME, List.of())));
        assertFalse(counter.countsAsVisit(new PageView("POST", CHROME, List.of())));
        assertFalse(counter.countsAsVisit(new PageView("GET", "Mozilla/5.0 (compatible; Googlebot/2.1)", List.of())));
        assertFalse(counter.countsAsVisit(new PageView("GET", null, List.of())));
        assertFalse(counter.countsAsVisit(new PageView("GET", " ", List.of())));
        for (String purpose : List.of("prefetch", "prefetch;prerender", "Prefetch", "preview")) {
            assertFalse(counter.countsAsVisit(new PageView("GET", CHROME, List.of(purpose))), purpose);
        }
    }

    private static VisitCounter counter(CrawlerDetection crawlers) {
        return set(new VisitCounter(), "crawlers", crawlers);
    }
}
