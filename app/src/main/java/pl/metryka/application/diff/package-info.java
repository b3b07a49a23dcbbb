/**
 * Comparing two revisions of a document: {@link pl.metryka.application.diff.WordDiff} for the
 * bodies (word by word, over the text a reader sees) and {@link pl.metryka.application.diff.MetrykaDiff}
 * for the metryka fields. Plain values in, plain values out: no entities, no container.
 */
package pl.metryka.application.diff;
