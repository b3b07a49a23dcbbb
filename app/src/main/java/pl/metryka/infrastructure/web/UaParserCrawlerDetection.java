package pl.metryka.infrastructure.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import pl.metryka.application.CrawlerDetection;
import ua_parser.Parser;

/**
 * Crawler detection by ua-parser (uap-java with the uap-core patterns it ships; maintained by
 * the ua-parser project): a User-Agent is a crawler when the parser's device family is "Spider",
 * the family uap-core gives search engines, archivers, SEO tools, AI crawlers and link preview
 * fetchers. Updating the library updates the patterns.
 *
 * <p>Cost, measured on the shared 2-core development machine (JDK 17, uap-java 1.6.1): the parser
 * loads its patterns in 0.3–0.7 s on the first call (so on the first document view, not at
 * start-up) and keeps about 2 MB of heap; the WAR grows by about 1.1 MB (uap-java, SnakeYAML,
 * commons-collections4). One classification takes about 1 ms, so answers are remembered per
 * User-Agent (browsers send few distinct ones); the memory is bounded by clearing it when full.
 * Yauaa, the other maintained candidate, was not measured here: it is known as the heavier one,
 * and uap-java's "Spider" family is all the check needs.
 */
@ApplicationScoped
public class UaParserCrawlerDetection implements CrawlerDetection {

    private static final String SPIDER = "Spider";
    private static final int REMEMBERED = 10_000;
    private static final int LONGEST = 1_000;

    private final Map<String, Boolean> known = new ConcurrentHashMap<>();
    private volatile Parser parser;

    @Override
    public boolean isCrawler(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return false;
        }
        // the patterns scan at most a few hundred characters; longer headers are no browser's
        String ua = userAgent.length() > LONGEST ? userAgent.substring(0, LONGEST) : userAgent;
        Boolean answer = known.get(ua);
        if (answer == null) {
            answer = SPIDER.equals(parser().parseDevice(ua).family);
            if (known.size() >= REMEMBERED) {
                known.clear();
            }
            known.put(ua, answer);
        }
        return answer;
    }

    private Parser parser() {
        Parser p = parser;
        if (p == null) {
            synchronized (this) {
                p = parser;
                if (p == null) {
                    p = new Parser();
                    parser = p;
                }
            }
        }
        return p;
    }
}
