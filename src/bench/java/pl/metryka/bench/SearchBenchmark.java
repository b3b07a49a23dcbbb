package pl.metryka.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.store.FSDirectory;
import pl.metryka.application.search.PolishFolding;
import pl.metryka.application.search.SearchStore.Criteria;
import pl.metryka.application.search.SearchTerms;
import pl.metryka.infrastructure.search.LuceneIndex;
import pl.metryka.infrastructure.search.SearchSql;
import pl.metryka.launcher.EmbeddedMariaDb;

/**
 * Not a test: loads N synthetic Polish documents into search_entry of an embedded MariaDB 11.4 and
 * times what /szukaj runs for one result page of 20 with its exact total: the register head check,
 * the query of the application's own {@link LuceneIndex} (built from search_entry as at a first
 * start) and the page's display rows ({@link SearchSql#rows}). With -Dbench.fulltext=true it also
 * times the MariaDB FULLTEXT fallback ({@link SearchSql#find}). Usage: SearchBenchmark [dataDir] [documents].
 */
public final class SearchBenchmark {

    private static final String[] COMMON = ("gminy gmina rady rada wójta wójt urzędu urząd sprawie dnia roku ustawy "
                    + "art ust pkt poz zmianami zarządzenie zarządzenia uchwała uchwały budżetowa budżetu budżet przetarg "
                    + "przetargu drogi drogowej dróg remont budowa przebudowa ogłoszenie ogłasza informacja informuje "
                    + "nieruchomości sprzedaż dzierżawa działki położonej obrębie miejscowości sołectwa władze organy "
                    + "mieszkańców konsultacje projektu programu współpracy organizacjami pozarządowymi podatku opłaty "
                    + "stawki odpadów komunalnych wody ścieków planu zagospodarowania przestrzennego studium decyzji "
                    + "środowiskowej zamówienia publicznego wykonawcy oferty termin składania sesji porządek obrad "
                    + "sprawozdanie wykonania finansowe skarbnika sekretarza oświadczenie majątkowe radnego kierownika "
                    + "szkoły podstawowej przedszkola ośrodka pomocy społecznej biblioteki kultury sportu zdrowia "
                    + "wyborów komisji obwodowej głosowania lokalu zebranie wiejskie fundusz sołecki dotacji wsparcia")
            .split(" ");
    private static final String[] SYLLABLES =
            "ka ko ra ro ta to wa wo ża że ło łu ni no ci cz sz rz dz pa pe mi my ba be la le sę są ść źr".split(" ");
    private static final String[][] QUERIES = {
        {"zarzadzenie", null, null},
        {"uchwala budzetowa", null, null},
        {"przetarg drogi", null, null},
        {"wladze gminy", null, null},
        {"sprawozdanie finansowe", "wszystkie", null},
        {"przetarg", null, "2020-01-01"},
        {"dzierzawa dzialki", "kategoria", null},
        {"zarzadzenie ka", null, null},
        {"rzadowej", null, null},
        // other forms through the lemmas, a quoted phrase, the archive left out
        {"uchwały", null, null},
        {"zarządzenia budżetu", null, null},
        {"\"rady gminy\"", null, null},
        {"przetarg", "archiwalne=nie", null},
    };

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "target/bench-db").toAbsolutePath();
        int documents = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path schema = Path.of(args.length > 2 ? args[2] : "schema");
        long started = System.nanoTime();
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir)) {
            System.out.printf("MariaDB started in %.1f s%n", (System.nanoTime() - started) / 1e9);
            String url = db.jdbcUrl() + "?allowMultiQueries=true";
            try (Connection c =
                    DriverManager.getConnection(url, EmbeddedMariaDb.MIGRATION_USER, db.migrationPassword())) {
                prepare(c, schema, documents);
                bufferPool(c);
                try (LuceneIndex lucene = lucene(c, dataDir.resolveSibling(dataDir.getFileName() + "-lucene"))) {
                    measure(c, lucene);
                }
            }
        }
    }

    private static void prepare(Connection c, Path schema, int documents) throws Exception {
        try (Statement s = c.createStatement()) {
            if (!hasTable(s, "search_entry")) {
                // V2 (immutability triggers) is irrelevant to search and needs DELIMITER handling
                for (String file :
                        List.of("V1__records_core.sql", "V3__attachment_description.sql", "V6__search.sql")) {
                    s.execute(Files.readString(schema.resolve(file)));
                }
            }
            ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM search_entry");
            rows.next();
            if (rows.getInt(1) >= documents) {
                System.out.println("Reusing " + rows.getInt(1) + " indexed documents");
                return;
            }
        }
        load(c, documents);
    }

    private static boolean hasTable(Statement s, String table) throws Exception {
        try (ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_name = '" + table + "'")) {
            rows.next();
            return rows.getInt(1) > 0;
        }
    }

    private static void load(Connection c, int documents) throws Exception {
        long t0 = System.nanoTime();
        Random random = new Random(42);
        List<String> vocabulary = vocabulary(random);
        try (Statement s = c.createStatement()) {
            s.execute("SET FOREIGN_KEY_CHECKS = 0");
            s.execute("DELETE FROM search_entry");
            if (hasTable(s, "document_visits")) {
                // a database migrated in full (V21): its rows would clash with the trigger's for the new ids;
                // the bench's own schema (V1, V3, V6 above) has no such table
                s.execute("DELETE FROM document_visits");
            }
            s.execute("DELETE FROM document");
            s.execute("DELETE FROM category");
            // bulk load first, then build the FULLTEXT indexes once (as V6__search.sql defines them)
            s.execute("ALTER TABLE search_entry DROP INDEX ft_search_entry, DROP INDEX ft_search_entry_title");
            for (int i = 1; i <= 30; i++) {
                s.execute("INSERT INTO category (id, slug, name, position) VALUES (" + i + ", 'kategoria-" + i
                        + "', 'Kategoria " + i + "', " + i + ")");
            }
        }
        c.setAutoCommit(false);
        try (PreparedStatement doc = c.prepareStatement(
                        "INSERT INTO document (id, slug, category_id, status, archived, current_revision,"
                                + " first_published_at, created_at, created_by) VALUES (?, ?, ?, ?, ?, 1, ?, ?, 'bench')");
                PreparedStatement entry = c.prepareStatement(INSERT_ENTRY)) {
            for (int id = 1; id <= documents; id++) {
                String title = capitalise(words(random, vocabulary, 6 + random.nextInt(10)));
                String text = words(random, vocabulary, 60 + random.nextInt(240));
                int category = 1 + random.nextInt(30);
                int p = random.nextInt(100);
                String status = p < 5 ? "WITHDRAWN" : "PUBLISHED";
                boolean archived = p >= 5 && p < 15;
                var published = publishedAt(random);
                String slug = "dokument-" + id;
                addRow(doc, id, slug, category, status, archived, published, published);
                addEntry(entry, id, slug, title, text, category, status, archived, published);
                commitEvery(c, id, documents, doc, entry);
            }
        }
        c.setAutoCommit(true);
        long t1 = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE search_entry ADD FULLTEXT INDEX ft_search_entry (title_folded, text_folded)");
            s.execute("ALTER TABLE search_entry ADD FULLTEXT INDEX ft_search_entry_title (title_folded)");
            s.execute("SET FOREIGN_KEY_CHECKS = 1");
            s.execute("ANALYZE TABLE search_entry");
        }
        System.out.printf(
                "Loaded %d documents in %.1f s, FULLTEXT indexes built in %.1f s%n",
                documents, (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
    }

    /**
     * The embedded server starts with MariaDB's default 128 MB buffer pool, smaller than this data set
     * (~350 MB); a production server is sized so the index fits in memory. Pass -Dbench.bufferPoolMb=128
     * to measure the default.
     */
    private static void bufferPool(Connection c) throws Exception {
        long mb = Long.getLong("bench.bufferPoolMb", 1024);
        try (Statement s = c.createStatement()) {
            s.execute("SET GLOBAL innodb_buffer_pool_size = " + mb * 1024 * 1024);
            Thread.sleep(2000);
            ResultSet rs =
                    s.executeQuery("SELECT @@innodb_buffer_pool_size / 1048576, @@innodb_ft_min_token_size, VERSION()");
            rs.next();
            System.out.printf(
                    "innodb_buffer_pool_size = %d MB, innodb_ft_min_token_size = %d, MariaDB %s%n",
                    rs.getLong(1), rs.getInt(2), rs.getString(3));
            // read the table and both FULLTEXT indexes once, as a running server would have them
            s.executeQuery(
                            "SELECT COUNT(*) FROM search_entry WHERE MATCH(title_folded, text_folded) AGAINST('+gminy*' IN BOOLEAN MODE)")
                    .close();
            s.executeQuery("SELECT SUM(LENGTH(text_folded)) FROM search_entry").close();
        }
    }

    /** The common administrative words and 20,000 made-up ones (also used by {@link BenchDocuments}). */
    static List<String> vocabulary(Random random) {
        List<String> vocabulary = new ArrayList<>(Arrays.asList(COMMON));
        for (int i = 0; i < 20_000; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 2 + random.nextInt(3); k > 0; k--) {
                w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            vocabulary.add(w.toString());
        }
        return vocabulary;
    }

    /** Zipf-like: common administrative words often, the long tail rarely. */
    /** The search row of a document, as the application's index writes it: title and text also folded. */
    static final String INSERT_ENTRY = "INSERT INTO search_entry (document_id, slug, title, title_folded, text,"
            + " text_folded, category_id, status, archived, published_at, changed_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static void addEntry(
            PreparedStatement entry,
            long id,
            String slug,
            String title,
            String text,
            long category,
            String status,
            boolean archived,
            Object published)
            throws SQLException {
        addRow(
                entry,
                id,
                slug,
                title,
                PolishFolding.fold(title),
                text,
                PolishFolding.fold(text),
                category,
                status,
                archived,
                published,
                published);
    }

    /**
     * Adds one row to a batch, the values in the order of the statement's parameters: one place binds the
     * rows of both tables. The driver binds each value by its Java type (number, string, boolean, date-time).
     */
    static void addRow(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
    }

    /** Sends the batches and commits every thousand documents, and after the last. */
    static void commitEvery(Connection c, long i, long total, PreparedStatement... batches) throws SQLException {
        if (i % 1000 == 0 || i == total) {
            for (PreparedStatement batch : batches) {
                batch.executeBatch();
            }
            c.commit();
        }
    }

    /** A random publication moment since 2010 (Polish time), the span the data set covers. */
    static Object publishedAt(Random random) {
        Instant start = LocalDate.of(2010, 1, 1)
                .atStartOfDay(ZoneId.of("Europe/Warsaw"))
                .toInstant();
        long span = ChronoUnit.SECONDS.between(start, Instant.now());
        return SearchSql.utc(start.plusSeconds((long) (random.nextDouble() * span)));
    }

    static String words(Random random, List<String> vocabulary, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int index = (int)
                    Math.min(vocabulary.size() - 1, Math.floor(Math.pow(random.nextDouble(), 3) * vocabulary.size()));
            if (i > 0) {
                out.append(random.nextInt(12) == 0 ? ". " : " ");
            }
            out.append(vocabulary.get(index));
        }
        return out.toString();
    }

    static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void measure(Connection c, LuceneIndex lucene) throws Exception {
        System.out.println("Search as /szukaj runs it: register head check + Lucene page of 20 with the exact total"
                + " + the page's display rows from MariaDB");
        System.out.println("query | filters | total hits | median ms | p95 ms");
        for (String[] q : QUERIES) {
            Criteria criteria = criteria(q);
            long[] total = {0};
            double[] ms = time(() -> {
                headCheck(c);
                LuceneIndex.Page page = lucene.find(criteria, 0, 20);
                rows(c, page.documentIds());
                total[0] = page.total();
            });
            print(q, criteria, total[0], ms);
        }
        if (Boolean.getBoolean("bench.fulltext")) {
            System.out.println("Fallback while the Lucene copy is being built: MariaDB FULLTEXT (SearchSql.find)");
            for (String[] q : QUERIES) {
                Criteria criteria = criteria(q);
                long[] total = {0};
                double[] ms = time(() -> total[0] = run(c, SearchSql.find(criteria, 0, 20)));
                print(q, criteria, total[0], ms);
            }
        }
    }

    private interface Timed {
        void run() throws Exception;
    }

    private static double[] time(Timed timed) throws Exception {
        int warmup = 3;
        int runs = 21;
        double[] ms = new double[runs];
        for (int i = 0; i < warmup + runs; i++) {
            long t = System.nanoTime();
            timed.run();
            if (i >= warmup) {
                ms[i - warmup] = (System.nanoTime() - t) / 1e6;
            }
        }
        Arrays.sort(ms);
        return ms;
    }

    private static Criteria criteria(String[] q) {
        boolean all = "wszystkie".equals(q[1]);
        boolean withoutArchived = "archiwalne=nie".equals(q[1]);
        List<Long> categories = "kategoria".equals(q[1]) ? List.of(3L, 4L, 5L) : List.of();
        Instant from = q[2] == null
                ? null
                : LocalDate.parse(q[2]).atStartOfDay(ZoneId.of("Europe/Warsaw")).toInstant();
        return new Criteria(SearchTerms.of(q[0]), categories, from, null, all, withoutArchived);
    }

    private static void print(String[] q, Criteria criteria, long total, double[] ms) {
        String filters = (criteria.includeWithdrawn() ? "status=wszystkie " : "")
                + (criteria.excludeArchived() ? "archiwalne=nie " : "")
                + (criteria.categoryIds().isEmpty() ? "" : "3 categories ")
                + (criteria.from() == null ? "" : "od=" + q[2]);
        System.out.printf(
                "%-24s | %-22s | %7d | %8.1f | %8.1f%n",
                "\"" + q[0] + "\"",
                filters.isEmpty() ? "-" : filters,
                total,
                ms[ms.length / 2],
                ms[(int) Math.ceil(ms.length * 0.95) - 1]);
    }

    private static void headCheck(Connection c) throws Exception {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT seq, hash FROM register_head WHERE id = 1")) {
            rs.next();
        }
    }

    private static void rows(Connection c, List<Long> ids) throws Exception {
        if (ids.isEmpty()) {
            return;
        }
        SearchSql.Statement rows = SearchSql.rows(ids);
        try (PreparedStatement s = c.prepareStatement(rows.sql())) {
            for (int i = 0; i < rows.parameters().size(); i++) {
                s.setObject(i + 1, rows.parameters().get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rs.getString(4);
                }
            }
        }
    }

    /** Builds the Lucene copy from search_entry as the application does at its first start (reused when complete). */
    private static LuceneIndex lucene(Connection c, Path folder) throws Exception {
        LuceneIndex index = LuceneIndex.open(FSDirectory.open(folder));
        long rows;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM search_entry")) {
            rs.next();
            rows = rs.getLong(1);
        }
        // a copy of another index format (e.g. before lemmas) has no committed position: rebuilt
        if (index.count() == rows && index.committedPosition().isPresent()) {
            System.out.println("Reusing the Lucene copy in " + folder + " (" + rows + " documents)");
            return index;
        }
        long t = System.nanoTime();
        index.clear();
        try (Statement s = c.createStatement()) {
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery("SELECT document_id, title, text, category_id, status, archived,"
                    + " published_at FROM search_entry ORDER BY document_id")) {
                while (rs.next()) {
                    index.put(new LuceneIndex.Entry(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getLong(4),
                            rs.getString(5),
                            rs.getBoolean(6),
                            rs.getTimestamp(7).toLocalDateTime().toInstant(java.time.ZoneOffset.UTC)));
                }
            }
        }
        index.commit(new LuceneIndex.Position(0, "bench"));
        System.out.printf(
                "Built the Lucene copy of %d documents in %.1f s%n", index.count(), (System.nanoTime() - t) / 1e9);
        return index;
    }

    /** Runs the page statement; returns the total that comes with each row (as the application reads it). */
    private static long run(Connection c, SearchSql.Statement statement) throws Exception {
        try (PreparedStatement s = c.prepareStatement(statement.sql())) {
            for (int i = 0; i < statement.parameters().size(); i++) {
                s.setObject(i + 1, statement.parameters().get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                long total = 0;
                while (rs.next()) {
                    rs.getString(3);
                    total = rs.getLong(8);
                }
                return total;
            }
        }
    }
}
