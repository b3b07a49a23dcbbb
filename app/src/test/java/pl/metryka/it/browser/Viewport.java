package pl.metryka.it.browser;

import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;
import pl.metryka.test.browser.Browser;

/**
 * The shared Chromium's viewport set to a given size through the DevTools protocol (a headless
 * window cannot be made narrower than some 500 px), and reset when closed, so the next test
 * gets the usual desktop window back.
 */
final class Viewport implements AutoCloseable {

    /**
     * The page's horizontal overflow, or null: the widths of the document and the body against the
     * viewport without its scrollbar, and the elements furthest past its right edge that no
     * scrolling or clipping ancestor holds in (those are what makes the page scroll).
     */
    private static final String OVERFLOW = """
            var root = document.documentElement, view = root.clientWidth;
            var widest = Math.max(root.scrollWidth, document.body ? document.body.scrollWidth : 0);
            if (widest <= view && window.innerWidth >= root.scrollWidth) { return null; }
            function held(el) {
                // an absolutely placed element is clipped only from its containing block up, a fixed one never
                var start = el.parentElement, position = getComputedStyle(el).position;
                if (position === 'fixed') { return false; }
                if (position === 'absolute') {
                    while (start && start !== root && getComputedStyle(start).position === 'static') { start = start.parentElement; }
                }
                for (var a = start; a && a !== document.body && a !== root; a = a.parentElement) {
                    var s = getComputedStyle(a);
                    if (s.overflowX !== 'visible' && a.getBoundingClientRect().right <= view + 0.5) { return true; }
                }
                return false;
            }
            function name(el) {
                var n = el.tagName.toLowerCase();
                if (el.id) { n += '#' + el.id; }
                if (typeof el.className === 'string' && el.className.trim()) { n += '.' + el.className.trim().split(/\\s+/).join('.'); }
                var text = (el.textContent || '').trim().replace(/\\s+/g, ' ').substring(0, 40);
                return n + (text ? ' "' + text + '"' : '');
            }
            var out = [];
            document.querySelectorAll('body *').forEach(function (el) {
                var r = el.getBoundingClientRect();
                if ((r.width === 0 && r.height === 0) || r.right <= view + 0.5 || held(el)) { return; }
                out.push({ el: el, right: Math.round(r.right), width: Math.round(r.width) });
            });
            if (!out.length) {
                document.querySelectorAll('body *').forEach(function (el) {
                    if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible' && !held(el)) {
                        out.push({ el: el, right: Math.round(el.getBoundingClientRect().left + el.scrollWidth), width: el.scrollWidth });
                    }
                });
            }
            // the outermost offenders: an element whose parent also sticks out only repeats it
            out = out.filter(function (o) { return !out.some(function (p) { return p.el === o.el.parentElement && p.right >= o.right; }); });
            out.sort(function (a, b) { return b.right - a.right; });
            return 'scrollWidth ' + widest + ' px in a viewport of ' + view + ' px; widest: '
                + out.slice(0, 4).map(function (o) { return name(o.el) + ' (right edge ' + o.right + ' px, ' + o.width + ' px wide)'; }).join('; ');
            """;

    private final Browser browser;
    private final int width;

    private Viewport(Browser browser, int width) {
        this.browser = browser;
        this.width = width;
    }

    /** Emulates a screen of {@code width} by {@code height} CSS px (not a touch device: scrollbars stay). */
    static Viewport of(Browser browser, int width, int height) {
        cdp(browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        return new Viewport(browser, width);
    }

    /** What sticks out of the current page, labelled with {@code page} and the width; empty if nothing does. */
    Optional<String> overflow(String page) {
        Object found = ((JavascriptExecutor) browser.driver()).executeScript(OVERFLOW);
        return Optional.ofNullable(found).map(f -> width + " px " + (page.isEmpty() ? "/" : page) + ": " + f);
    }

    @Override
    public void close() {
        cdp(browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private static HasCdp cdp(Browser browser) {
        return (HasCdp) browser.driver();
    }
}
