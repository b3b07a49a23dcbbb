/** Pieces every Faces page shares: language, formats, the site frame, readable routes, download headers. */
package pl.metryka.interfaces.web.shared;
