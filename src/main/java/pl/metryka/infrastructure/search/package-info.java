/**
 * The search index in MariaDB: {@link pl.metryka.infrastructure.search.SearchSql} builds the
 * FULLTEXT queries (shared with the benchmark in {@code src/bench}),
 * {@link pl.metryka.infrastructure.search.SqlSearchStore} runs them, and
 * {@link pl.metryka.infrastructure.search.TextExtraction} reads the text of PDF, DOCX and ODT files.
 */
package pl.metryka.infrastructure.search;
