package pl.metryka.application;

/**
 * Port: whether a User-Agent names an automated client (a search engine's crawler, an archive, a
 * link preview fetcher). Infrastructure answers it from a maintained user-agent library, so that
 * new crawlers are recognised by updating that library, not a list kept here.
 */
public interface CrawlerDetection {

    boolean isCrawler(String userAgent);
}
