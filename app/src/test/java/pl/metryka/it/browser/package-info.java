/**
 * Client-side integration tests that drive the deployed application in headless Chromium
 * ({@link pl.metryka.test.browser.Browser}).
 */
package pl.metryka.it.browser;
