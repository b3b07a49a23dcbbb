package pl.metryka.test.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;

/** Starts Debian's headless Chromium through its own chromedriver, fully offline. */
final class Chromium {

    static final String DRIVER = "/usr/bin/chromedriver";
    static final String BINARY = "/usr/bin/chromium";

    private Chromium() {}

    /** A fresh Chromium whose profile lives in {@code profile}, an empty directory. */
    static ChromeDriver start(Path profile) throws IOException {
        requireExecutable(DRIVER, "chromium-driver");
        requireExecutable(BINARY, "chromium");
        // Selenium Manager would otherwise look for (and download) drivers and browsers; with the
        // driver given explicitly it is never run, and SE_* properties reach it if it ever is.
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--lang=pl",
                "--window-size=1280,1024",
                "--user-data-dir=" + profile.toAbsolutePath());

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                // at INFO it logs every command, the 0.5 MB axe script included
                .withLogLevel(ChromiumDriverLogLevel.WARNING)
                .withLogFile(Files.createDirectories(profile.resolveSibling("logs"))
                        .resolve(profile.getFileName() + "-chromedriver.log")
                        .toFile())
                .build();
        return new ChromeDriver(service, options);
    }

    private static void requireExecutable(String path, String debianPackage) {
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException(path + " not found: apt-get install " + debianPackage);
        }
    }
}
