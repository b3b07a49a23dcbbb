/**
 * Image work with the JDK's ImageIO and Java2D: the gallery's thumbnails, scaled on the server so
 * a reader's phone downloads a small picture, not the full photo shrunk by CSS.
 */
package pl.metryka.infrastructure.image;
