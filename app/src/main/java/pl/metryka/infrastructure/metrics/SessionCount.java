package pl.metryka.infrastructure.metrics;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Counts the HTTP sessions this instance creates ({@code metryka_http_sessions_created_total}) and
 * holds ({@code metryka_http_sessions_active}). Only a login and the back office should create one:
 * a session made for an anonymous reader would be kept in memory (and replicated in a cluster) for
 * half an hour, so a crawler could fill the heap. AnonymousSessionsIT and the load benchmark read
 * these numbers.
 */
@WebListener
public class SessionCount implements HttpSessionListener {

    static final Metadata CREATED = Metadata.builder()
            .withName("metryka.http.sessions.created")
            .withDescription("HTTP sessions created by this instance (a login or the back office)")
            .build();
    static final Metadata ACTIVE = Metadata.builder()
            .withName("metryka.http.sessions.active")
            .withDescription("HTTP sessions this instance created that have not yet ended")
            .build();

    /** One per application: the gauge reads it. */
    private static final AtomicLong ACTIVE_SESSIONS = new AtomicLong();

    @Inject
    private MetricRegistry registry;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        ACTIVE_SESSIONS.incrementAndGet();
        registry.counter(CREATED).inc();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        ACTIVE_SESSIONS.updateAndGet(n -> Math.max(0, n - 1));
    }

    /** Called once at startup by {@link ApplicationMetrics}, so both series exist before the first session. */
    static void register(MetricRegistry registry) {
        registry.counter(CREATED);
        registry.gauge(ACTIVE, ACTIVE_SESSIONS::get);
    }
}
