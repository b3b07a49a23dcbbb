package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.application.VisitCounter;

/** Runs inside Payara Micro, against the real counter and the real database. */
@ExtendWith(ArquillianExtension.class)
class VisitCounterIT {

    @Inject
    private VisitCounter counter;

    @Resource(lookup = "java:app/jdbc/metryka")
    private DataSource dataSource;

    @Test
    void fiftyThreadsTimesAHundredViewsAreFiveThousandVisitsAfterTheFlush() throws Exception {
        long documentId = query("SELECT MIN(id) FROM document WHERE status = 'PUBLISHED'");
        counter.flush();
        long before = query("SELECT visits FROM document WHERE id = " + documentId);

        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> views = new ArrayList<>();
        for (int t = 0; t < 50; t++) {
            views.add(pool.submit(() -> {
                start.await();
                for (int v = 0; v < 100; v++) {
                    counter.recordVisit(documentId);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> view : views) {
            view.get();
        }
        pool.shutdown();
        counter.flush();

        assertEquals(before + 5000, query("SELECT visits FROM document WHERE id = " + documentId));
        assertEquals(0, counter.pendingVisits(documentId));
    }

    private long query(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
