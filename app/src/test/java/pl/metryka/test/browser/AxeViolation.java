package pl.metryka.test.browser;

import java.util.List;

/**
 * One failed axe rule on a page.
 *
 * @param rule       axe rule id, e.g. {@code color-contrast}
 * @param impact     minor, moderate, serious or critical
 * @param help       what the rule asks for
 * @param helpUrl    Deque's page about the rule
 * @param nodeCount  how many elements fail it
 * @param targets    CSS selectors of the first failing elements
 */
public record AxeViolation(
        String rule, String impact, String help, String helpUrl, int nodeCount, List<String> targets) {

    @Override
    public String toString() {
        return rule + " [" + impact + "] " + help + " (" + nodeCount + " element"
                + (nodeCount == 1 ? "" : "s") + ": " + String.join(", ", targets)
                + (nodeCount > targets.size() ? ", ..." : "") + ") " + helpUrl;
    }
}
