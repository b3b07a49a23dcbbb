/**
 * What machines read: Atom feeds of public changes (the whole site, a category, one document)
 * under {@code /kanal/...}, built from the change register, and {@code /sitemap.xml} and
 * {@code /robots.txt} for search engines.
 */
package pl.metryka.interfaces.feed;
