package pl.metryka.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import pl.metryka.test.browser.Browser;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomePageBrowserIT {

    @ArquillianResource
    private URL base;

    private Browser browser;

    @BeforeEach
    void openHomePage() {
        browser = Browser.shared().open(base, "/");
    }

    @Test
    void rendersThePolishBulletinHomePage() {
        WebDriver driver = browser.driver();
        String title = driver.getTitle();
        assertTrue(title.contains("Biuletyn Informacji Publicznej"), () -> "title: " + title);
        assertTrue(driver.findElement(By.tagName("h1")).isDisplayed(), "the <h1> is not visible");
        assertEquals("pl", driver.findElement(By.tagName("html")).getDomAttribute("lang"));
    }

    @Test
    void meetsWcag21LevelAA() {
        browser.assertNoAxeViolations();
    }
}
