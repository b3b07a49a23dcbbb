package pl.metryka.infrastructure.metrics;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import pl.metryka.application.ChangeRecorded;
import pl.metryka.application.VisitCounter;
import pl.metryka.domain.model.register.RegisterAction;
import pl.metryka.infrastructure.persistence.DataSourceName;
import pl.metryka.infrastructure.search.LuceneSearchStore;

/**
 * Metryka's own metrics, in the application registry (Payara Micro serves them at /metrics in
 * the OpenMetrics text format, as {@code metryka_*{mp_scope="application"}}):
 * <ul>
 *   <li>{@code metryka_http_requests_total{area,status}} – requests by part of the site and status class;</li>
 *   <li>{@code metryka_documents_published_total}, {@code metryka_documents_amended_total} and
 *       {@code metryka_register_entries_total{action}} – committed changes made by this instance;</li>
 *   <li>{@code metryka_visits_pending} and {@code metryka_visits_flush_lag_seconds} – views held in memory and
 *       the time since the visit counter last wrote everything it held;</li>
 *   <li>{@code metryka_db_connections{state="active"|"idle"}} – the application's connections as MariaDB sees them
 *       (its process list for the application's user, so all instances sharing the database count);</li>
 *   <li>{@code metryka_search_documents} and {@code metryka_search_register_seq} – the documents in this instance's
 *       Lucene copy and the register entry it has caught up to; -1 while the copy is being built (MariaDB FULLTEXT
 *       answers meanwhile). The health answer, open to anyone, says only UP or DOWN;</li>
 *   <li>{@code metryka_http_sessions_created_total} and {@code metryka_http_sessions_active} – HTTP sessions
 *       ({@link SessionCount}): only a login and the back office make one;</li>
 *   <li>{@code metryka_jvm_heap_used_bytes} and {@code metryka_jvm_heap_max_bytes} – the heap the liveness check judges
 *       (Payara's base registry is not filled for an application's own endpoint).</li>
 * </ul>
 */
@ApplicationScoped
public class ApplicationMetrics {

    private static final Duration CONNECTIONS_FRESH_FOR = Duration.ofSeconds(2);

    @Inject
    private MetricRegistry registry;

    @Inject
    private VisitCounter visits;

    @Inject
    private LuceneSearchStore search;

    @Resource(lookup = DataSourceName.JNDI_NAME)
    private DataSource dataSource;
    /** metryka.http.requests by area and status class. */
    private final ConcurrentHashMap<String, Counter> requestCounters = new ConcurrentHashMap<>();

    private volatile Connections connections = new Connections(-1, -1, Instant.EPOCH);

    /** Active and idle connections at one moment; -1 when the database could not be asked. */
    private record Connections(long active, long idle, Instant at) {}

    void registerAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.gauge(
                Metadata.builder()
                        .withName("metryka.visits.pending")
                        .withDescription("Document views counted in memory and not yet written to the database")
                        .build(),
                visits::pendingVisits);
        registry.gauge(
                Metadata.builder()
                        .withName("metryka.visits.flush.lag")
                        .withDescription("Time since the visit counter last wrote all the views it held")
                        .withUnit(MetricUnits.SECONDS)
                        .build(),
                () -> Duration.between(visits.lastSuccessfulFlush(), Instant.now())
                                .toMillis()
                        / 1000.0);
        Metadata pool = Metadata.builder()
                .withName("metryka.db.connections")
                .withDescription("Connections of the application's database user, active (running a statement) or idle")
                .build();
        registry.gauge(pool, () -> connections().active(), new Tag("state", "active"));
        registry.gauge(pool, () -> connections().idle(), new Tag("state", "idle"));
        registry.gauge(
                Metadata.builder()
                        .withName("metryka.jvm.heap.used")
                        .withDescription("Heap in use")
                        .withUnit(MetricUnits.BYTES)
                        .build(),
                () -> Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
        registry.gauge(
                Metadata.builder()
                        .withName("metryka.jvm.heap.max")
                        .withDescription("The heap's limit (-Xmx)")
                        .withUnit(MetricUnits.BYTES)
                        .build(),
                () -> Runtime.getRuntime().maxMemory());
        registry.gauge(
                Metadata.builder()
                        .withName("metryka.search.documents")
                        .withDescription("Documents in this instance's Lucene copy; -1 while it is being built")
                        .build(),
                () -> search.syncedTo().isPresent() ? search.documents() : -1);
        registry.gauge(
                Metadata.builder()
                        .withName("metryka.search.register.seq")
                        .withDescription(
                                "The register entry this instance's Lucene copy has caught up to; -1 while it is being built")
                        .build(),
                () -> search.syncedTo().map(p -> p.seq()).orElse(-1L));
        for (RegisterAction action : RegisterAction.values()) {
            registerEntries(action);
        }
        registry.counter(published());
        registry.counter(amended());
        SessionCount.register(registry);
    }

    /** Counts a request to the site; {@code area} is a fixed, small set of names. */
    public void request(String area, int status) {
        String statusClass = status / 100 + "xx";
        // looked up once per area and status class: the registry's lookup (metadata checked, tags
        // sorted) was a measurable part of a page served from the page cache
        requestCounters
                .computeIfAbsent(
                        area + " " + statusClass,
                        key -> registry.counter(
                                Metadata.builder()
                                        .withName("metryka.http.requests")
                                        .withDescription("HTTP requests by part of the site and status class")
                                        .build(),
                                new Tag("area", area),
                                new Tag("status", statusClass)))
                .inc();
    }

    void changeCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeRecorded change) {
        registerEntries(change.action()).inc();
        if (change.action() == RegisterAction.PUBLISHED) {
            registry.counter(published()).inc();
        } else if (change.action() == RegisterAction.AMENDED) {
            registry.counter(amended()).inc();
        }
    }

    private Counter registerEntries(RegisterAction action) {
        return registry.counter(
                Metadata.builder()
                        .withName("metryka.register.entries")
                        .withDescription("Committed change register entries by action")
                        .build(),
                new Tag("action", action.name()));
    }

    private static Metadata published() {
        return Metadata.builder()
                .withName("metryka.documents.published")
                .withDescription("Documents made public (first publication, now or as scheduled)")
                .build();
    }

    private static Metadata amended() {
        return Metadata.builder()
                .withName("metryka.documents.amended")
                .withDescription("Amendments published (new revisions of public documents)")
                .build();
    }

    /** One query serves both gauges of a scrape. */
    private Connections connections() {
        Connections last = connections;
        if (Duration.between(last.at(), Instant.now()).compareTo(CONNECTIONS_FRESH_FOR) < 0) {
            return last;
        }
        Connections now = countConnections();
        connections = now;
        return now;
    }

    private Connections countConnections() {
        // the connection asking is idle in the pool's eyes, though it runs this query
        String sql = "SELECT COALESCE(SUM(COMMAND <> 'Sleep'), 0) - 1, COALESCE(SUM(COMMAND = 'Sleep'), 0)"
                + " FROM information_schema.PROCESSLIST WHERE USER = SUBSTRING_INDEX(CURRENT_USER(), '@', 1)";
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(5);
            try (ResultSet rs = statement.executeQuery(sql)) {
                rs.next();
                return new Connections(Math.max(0, rs.getLong(1)), rs.getLong(2) + 1, Instant.now());
            }
        } catch (Exception e) {
            return new Connections(-1, -1, Instant.now());
        }
    }
}
