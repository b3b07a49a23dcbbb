/**
 * The rendered-page cache (issue 15, "render once, serve many times"): anonymous GETs of pages
 * whose route opted in ({@link pl.metryka.interfaces.web.cache.PageCache}) are kept as bytes in a
 * byte-bounded Caffeine cache and served again without Faces or the database, as long as the
 * register head they were rendered at is still the head; the current document page's visit count
 * is written into the kept bytes on every answer.
 */
package pl.metryka.interfaces.web.cache;
