package pl.metryka.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import pl.metryka.launcher.EmbeddedMariaDb;

/**
 * Not a test: adds N synthetic documents (the words of {@link SearchBenchmark}) to the search index
 * of a stopped Metryka's embedded database, for src/bench/page-benchmark.sh. Each is a draft
 * document row (so no public page, list or feed shows it, and the register is untouched) with a
 * published row in search_entry in one of the existing categories, so /szukaj searches and shows
 * all of them. Runs once per data folder: documents already added are kept.
 * Usage: BenchDocuments dataDir/mariadb N
 */
public final class BenchDocuments {

    private static final String PREFIX = "bench-dokument-";

    private BenchDocuments() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int documents = Integer.parseInt(args[1]);
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir);
                Connection c = DriverManager.getConnection(
                        db.jdbcUrl(), EmbeddedMariaDb.MIGRATION_USER, db.migrationPassword())) {
            long started = System.nanoTime();
            int added = add(c, documents);
            System.out.printf(
                    "Added %d synthetic documents (%d wanted) in %.1f s%n",
                    added, documents, (System.nanoTime() - started) / 1e9);
        }
    }

    private static int add(Connection c, int documents) throws Exception {
        List<Long> categories = new ArrayList<>();
        long firstId;
        try (Statement s = c.createStatement()) {
            ResultSet present = s.executeQuery("SELECT COUNT(*) FROM document WHERE slug LIKE '" + PREFIX + "%'");
            present.next();
            if (present.getInt(1) > 0) {
                return 0;
            }
            ResultSet ids = s.executeQuery("SELECT id FROM category ORDER BY id");
            while (ids.next()) {
                categories.add(ids.getLong(1));
            }
            ResultSet max = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM document");
            max.next();
            firstId = max.getLong(1) + 1;
        }
        Random random = new Random(42);
        List<String> vocabulary = SearchBenchmark.vocabulary(random);
        try (Statement s = c.createStatement()) {
            // bulk load first, then build the FULLTEXT indexes once (as V6__search.sql defines them)
            s.execute("ALTER TABLE search_entry DROP INDEX ft_search_entry, DROP INDEX ft_search_entry_title");
        }
        c.setAutoCommit(false);
        try (PreparedStatement doc = c.prepareStatement(
                        "INSERT INTO document (id, slug, category_id, status, created_at, created_by)"
                                + " VALUES (?, ?, ?, 'DRAFT', ?, 'bench')");
                PreparedStatement entry = c.prepareStatement(SearchBenchmark.INSERT_ENTRY)) {
            for (int i = 1; i <= documents; i++) {
                long id = firstId + i - 1;
                String title =
                        SearchBenchmark.capitalise(SearchBenchmark.words(random, vocabulary, 6 + random.nextInt(10)));
                String text = SearchBenchmark.words(random, vocabulary, 60 + random.nextInt(240));
                long category = categories.get(random.nextInt(categories.size()));
                var published = SearchBenchmark.publishedAt(random);
                String slug = PREFIX + i;
                SearchBenchmark.addRow(doc, id, slug, category, published);
                SearchBenchmark.addEntry(entry, id, slug, title, text, category, "PUBLISHED", false, published);
                SearchBenchmark.commitEvery(c, i, documents, doc, entry);
            }
        }
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE search_entry ADD FULLTEXT INDEX ft_search_entry (title_folded, text_folded)");
            s.execute("ALTER TABLE search_entry ADD FULLTEXT INDEX ft_search_entry_title (title_folded)");
            s.execute("ANALYZE TABLE search_entry");
        }
        return documents;
    }
}
