package pl.metryka.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The request thread pool: Payara Micro's default of 200 collapsed the page cache under load (docs/benchmarks.md). */
class RequestThreadsTest {

    @Test
    void byDefaultSixteenThreadsServeRequests() {
        assertEquals(16, RequestThreads.count(null));
        assertEquals(16, RequestThreads.count(" "));
        assertEquals(
                List.of(
                        "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=2",
                        "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=16"),
                RequestThreads.commands(16));
    }

    @Test
    void theOperatorMaySetOneToThirtyTwo() {
        assertEquals(8, RequestThreads.count("8"));
        assertEquals(32, RequestThreads.count("32"));
        assertTrue(RequestThreads.commands(1).get(0).endsWith("min-thread-pool-size=1"));
    }

    @Test
    void moreThreadsThanDatabaseConnectionsOrNonsenseAreRefusedByName() {
        for (String wrong : new String[] {"0", "33", "200", "many", "-4"}) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> RequestThreads.count(wrong));
            assertTrue(e.getMessage().startsWith("METRYKA_HTTP_THREADS"), e.getMessage());
        }
    }
}
