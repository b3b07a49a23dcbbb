package pl.metryka.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker itself: it must find real errors, or "no errors" on our pages would prove nothing. */
class HtmlCheckerTest {

    @Test
    void findsErrorsInBrokenHtml() {
        List<String> errors = HtmlChecker.errors(
                "<!DOCTYPE html><html lang=\"pl\"><head><meta charset=\"utf-8\"></head>"
                        + "<body><div id=\"a\"></div><div id=\"a\"><span><div>x</div></span><img src=\"x\"></body></html>");
        assertTrue(errors.stream().anyMatch(e -> e.contains("Duplicate ID")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("title")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("alt")), errors.toString());
    }

    @Test
    void acceptsValidHtml() {
        assertEquals(
                List.of(),
                HtmlChecker.errors(
                        "<!DOCTYPE html><html lang=\"pl\"><head><meta charset=\"utf-8\"><title>T</title></head>"
                                + "<body><main><h1>Zażółć</h1><p>gęślą jaźń</p></main></body></html>"));
    }
}
