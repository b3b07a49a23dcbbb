package pl.metryka.test.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** Runs axe-core (bundled in the axe-core Selenium jar) against the current page. */
final class AxeCheck {

    /**
     * Only rules tagged with these run: the WCAG 2.0/2.1 A and AA success criteria. Rules tagged
     * only {@code best-practice} are thereby off.
     */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final int TARGETS_SHOWN = 3;

    private AxeCheck() {}

    static List<AxeViolation> violations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe failed on " + results.getUrl() + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream().map(AxeCheck::violation).toList();
    }

    static String report(String url, List<AxeViolation> violations) {
        StringBuilder report = new StringBuilder()
                .append(violations.size())
                .append(" axe violation(s) (")
                .append(String.join(", ", TAGS))
                .append(") on ")
                .append(url)
                .append(':');
        violations.forEach(v -> report.append("\n  - ").append(v));
        return report.toString();
    }

    private static AxeViolation violation(Rule rule) {
        List<String> targets = rule.getNodes().stream()
                .limit(TARGETS_SHOWN)
                .map(node -> selector(node.getTarget()))
                .toList();
        return new AxeViolation(
                rule.getId(),
                rule.getImpact(),
                rule.getHelp(),
                rule.getHelpUrl(),
                rule.getNodes().size(),
                targets);
    }

    /** axe gives one selector per frame (or shadow root) on the way to the element. */
    private static String selector(Object target) {
        if (target instanceof List<?> path) {
            return path.stream().map(String::valueOf).collect(Collectors.joining(" >> "));
        }
        return String.valueOf(target);
    }
}
