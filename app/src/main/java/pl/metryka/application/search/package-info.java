/**
 * The search module (moduł wyszukujący): {@link pl.metryka.application.search.SearchIndex} keeps one
 * index row per public document, written in the transaction of each public change, and answers
 * queries; {@link pl.metryka.application.search.PolishFolding} makes both sides diacritics-insensitive.
 */
package pl.metryka.application.search;
