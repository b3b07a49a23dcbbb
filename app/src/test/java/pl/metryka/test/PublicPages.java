package pl.metryka.test;

import java.util.List;
import java.util.stream.Stream;
import pl.metryka.domain.model.site.StatutoryPage;

/**
 * The public pages that are there whatever is published, by address under the deployment: the
 * registers, every statutory page and the API's documentation. The tests that walk every kind of
 * public page start from these and add pages of the documents they publish. The statutory pages
 * come from the application's own list, so a new one is walked too; StatutoryPagesBrowserIT names
 * each of them, so one the site loses still fails a test.
 */
public final class PublicPages {

    public static final List<String> FIXED = Stream.of(
                    List.of("rejestr-zmian", "wycofane", "archiwum"), StatutoryPage.SLUGS, List.of("api/dokumentacja"))
            .flatMap(List::stream)
            .toList();

    private PublicPages() {}
}
