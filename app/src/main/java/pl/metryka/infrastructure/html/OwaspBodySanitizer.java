package pl.metryka.infrastructure.html;

import jakarta.enterprise.context.ApplicationScoped;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import pl.metryka.application.BodySanitizer;

/**
 * Cleans document bodies with the OWASP Java HTML Sanitizer: the structure an official document
 * needs (headings, lists, tables, links, images with alt text) survives; scripts, styles, event
 * handlers and {@code javascript:} URLs never do.
 */
@ApplicationScoped
public class OwaspBodySanitizer implements BodySanitizer {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowStandardUrlProtocols()
                    .allowAttributes("href", "title", "hreflang")
                    .onElements("a")
                    .requireRelsOnLinks("noopener", "noreferrer")
                    .allowElements("img")
                    .allowUrlProtocols("https", "http")
                    .allowAttributes("src", "alt", "width", "height")
                    .onElements("img")
                    .allowElements(
                            "caption",
                            "thead",
                            "tbody",
                            "tfoot",
                            "figure",
                            "figcaption",
                            "hr",
                            "abbr",
                            "code",
                            "pre",
                            "span",
                            "div")
                    .allowElements("th", "td")
                    .allowAttributes("scope", "colspan", "rowspan")
                    .onElements("th", "td")
                    .allowAttributes("title")
                    .onElements("abbr")
                    .allowAttributes("lang")
                    .globally()
                    .toFactory());

    @Override
    public String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }
}
