package pl.metryka.application;

import pl.metryka.infrastructure.html.OwaspBodySanitizer;

/**
 * What an application service must not do: use an infrastructure class instead of the port it
 * declares ({@link BodySanitizer}). Only {@code LayersTest} uses it, to show that its rule fails
 * on such a class; the rules themselves look at the main classes only.
 */
final class ForbiddenDependencyExample {

    String clean(String html) {
        return new OwaspBodySanitizer().sanitize(html);
    }
}
