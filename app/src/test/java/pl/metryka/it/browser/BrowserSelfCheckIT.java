package pl.metryka.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import pl.metryka.test.browser.AxeViolation;
import pl.metryka.test.browser.Browser;

/**
 * The browser toolkit itself. Above all, a page with known WCAG failures must be reported, so that
 * "0 violations" elsewhere means something.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserSelfCheckIT {

    @ArquillianResource
    private URL base;

    @Test
    void reportsAnImageWithoutAltTextAndAnUnlabelledInput() {
        Browser browser = Browser.shared().open(base, "/");
        js(browser).executeScript("""
                document.querySelector('main').insertAdjacentHTML('beforeend',
                    '<img id="bez-alt" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'
                    + '<input id="bez-etykiety" type="text">');""");

        List<AxeViolation> violations = browser.axeViolations();

        AxeViolation imageAlt = find(violations, "image-alt");
        assertEquals("critical", imageAlt.impact());
        assertEquals(List.of("#bez-alt"), imageAlt.targets());
        assertTrue(find(violations, "label").targets().contains("#bez-etykiety"), violations::toString);

        AssertionError failure = assertThrows(AssertionError.class, browser::assertNoAxeViolations);
        assertTrue(failure.getMessage().contains("image-alt [critical]"), failure.getMessage());
        assertTrue(failure.getMessage().contains("#bez-etykiety"), failure.getMessage());
    }

    @Test
    void waitsForPendingPrimeFacesAjax() {
        Browser browser = Browser.shared().open(base, "/");
        // a stand-in for PrimeFaces whose ajax queue drains 1.5 s from now
        js(browser).executeScript("""
                window.queueDrained = false;
                window.jQuery = { active: 0 };
                window.PrimeFaces = { ajax: { Queue: { isEmpty: () => window.queueDrained } } };
                setTimeout(() => { window.queueDrained = true; }, 1500);""");

        browser.waitForPageReady();

        assertEquals(
                Boolean.TRUE,
                js(browser).executeScript("return window.queueDrained;"),
                "waitForPageReady() returned while the PrimeFaces ajax queue was busy");
    }

    @Test
    void screenshotsTheViewportOfA1280By1024Window(@TempDir Path dir) throws Exception {
        Browser browser = Browser.shared().open(base, "/");
        assertEquals(
                new Dimension(1280, 1024), browser.driver().manage().window().getSize());

        Path file = browser.screenshot(dir.resolve("shots/home.png"));

        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, "not a readable image: " + file);
        assertEquals(
                List.of(1280L, js(browser).executeScript("return window.innerHeight;")),
                List.of((long) image.getWidth(), (long) image.getHeight()));
    }

    private static JavascriptExecutor js(Browser browser) {
        return (JavascriptExecutor) browser.driver();
    }

    private static AxeViolation find(List<AxeViolation> violations, String rule) {
        return violations.stream()
                .filter(v -> v.rule().equals(rule))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " violation in " + violations));
    }
}
