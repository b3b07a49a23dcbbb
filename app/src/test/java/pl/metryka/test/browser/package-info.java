/**
 * Browser tests' toolkit: headless Debian Chromium driven by Selenium, with page-ready waits,
 * screenshots and axe-core accessibility checks (WCAG 2.0/2.1 A and AA). Nothing is downloaded at
 * run time: the driver and browser come from Debian's {@code chromium-driver} and {@code chromium},
 * and axe from the axe-core Selenium jar.
 */
package pl.metryka.test.browser;
