/**
 * What citizens see: the home page, category pages, and each document with its metryka, history,
 * version permalinks, comparison, print view and PDF, and the statutory pages (Redakcja, Instrukcja,
 * Deklaracja dostępności, ...), under readable addresses.
 */
package pl.metryka.interfaces.web.citizen;
