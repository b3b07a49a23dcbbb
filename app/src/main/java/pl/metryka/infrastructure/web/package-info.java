/**
 * The web's edges as the application sees them: the bulletin's configured public address, the real
 * client behind trusted proxies, crawler detection.
 */
package pl.metryka.infrastructure.web;
