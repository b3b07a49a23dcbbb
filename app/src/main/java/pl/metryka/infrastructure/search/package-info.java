/**
 * The search index: rows of {@code search_entry} in MariaDB (written with every public change) and
 * each instance's Lucene copy of them ({@link pl.metryka.infrastructure.search.LuceneIndex}), kept in
 * step with the register by {@link pl.metryka.infrastructure.search.LuceneSearchStore} from
 * {@link pl.metryka.infrastructure.search.SearchIndexFeed}. {@link pl.metryka.infrastructure.search.SearchSql}
 * builds the FULLTEXT fallback and display-row queries (shared with the benchmark in {@code src/bench}),
 * {@link pl.metryka.infrastructure.search.SqlSearchStore} runs them, and
 * {@link pl.metryka.infrastructure.search.TextExtraction} reads the text of PDF, DOCX and ODT files.
 */
package pl.metryka.infrastructure.search;
