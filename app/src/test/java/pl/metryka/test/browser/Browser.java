package pl.metryka.test.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for browser tests.
 *
 * <p>Starting Chromium takes seconds, so tests normally share one per test JVM through
 * {@link #shared()}; it is closed when the JVM exits. {@link #start()} gives a private one, to be
 * closed by the caller.
 */
public final class Browser implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

    /** True once the page has loaded and, on PrimeFaces pages, no ajax request is pending. */
    private static final String PAGE_READY = """
            return document.readyState === 'complete'
                && (typeof PrimeFaces === 'undefined' || !PrimeFaces.ajax
                    || (PrimeFaces.ajax.Queue.isEmpty() && jQuery.active === 0));""";

    private static Browser shared;

    private final ChromeDriver driver;
    private final Path profile;
    private boolean closed;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** The test JVM's Chromium, started on first use and quit by a shutdown hook. */
    public static synchronized Browser shared() {
        if (shared == null || shared.closed) {
            Browser browser = start();
            Runtime.getRuntime().addShutdownHook(new Thread(browser::close, "metryka-chromium-quit"));
            shared = browser;
        }
        return shared;
    }

    /** A Chromium of its own, with a fresh profile; the caller closes it. */
    public static Browser start() {
        try {
            Path dir = Files.createDirectories(workDir().resolve("chromium"));
            Path profile = Files.createTempDirectory(dir, "profile-");
            long started = System.nanoTime();
            ChromeDriver driver = Chromium.start(profile);
            System.out.printf(
                    "Chromium %s started in %d ms (profile %s)%n",
                    driver.getCapabilities().getBrowserVersion(), (System.nanoTime() - started) / 1_000_000, profile);
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare a Chromium profile", e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Loads {@code path}, taken relative to the application at {@code base} (a leading "/" is
     * allowed: "/" and "" are the home page), and waits until the page is ready.
     */
    public Browser open(URL base, String path) {
        driver.get(resolve(base, path).toString());
        return waitForPageReady();
    }

    /** Waits for the document to load and, on PrimeFaces pages, for ajax to settle. */
    public Browser waitForPageReady() {
        new WebDriverWait(driver, READY_TIMEOUT)
                .withMessage(
                        () -> "page not ready after " + READY_TIMEOUT.toSeconds() + " s: " + driver.getCurrentUrl())
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(PAGE_READY)));
        return this;
    }

    /** The current page's violations of WCAG 2.0/2.1 level A and AA rules, per axe-core. */
    public List<AxeViolation> axeViolations() {
        return AxeCheck.violations(driver);
    }

    /** Fails, listing every violation, unless axe finds none on the current page. */
    public void assertNoAxeViolations() {
        List<AxeViolation> violations = axeViolations();
        if (!violations.isEmpty()) {
            fail(AxeCheck.report(driver.getCurrentUrl(), violations));
        }
    }

    /** Saves a PNG of the viewport to {@code file}, creating its directories. */
    public Path screenshot(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            return Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save a screenshot to " + file, e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    static URI resolve(URL base, String path) {
        try {
            URI root = base.toURI();
            if (!root.getPath().endsWith("/")) {
                root = new URI(root.getScheme(), root.getAuthority(), root.getPath() + "/", null, null);
            }
            return root.resolve(path.startsWith("/") ? path.substring(1) : path);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a usable base URL: " + base, e);
        }
    }

    private static Path workDir() {
        return Path.of(System.getProperty("metryka.test.work.dir", "target/test-work"));
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            System.err.println("Chromium profile left behind: " + dir + " (" + e + ")");
        }
    }
}
