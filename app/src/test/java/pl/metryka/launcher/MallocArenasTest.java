package pl.metryka.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Payara JVM's native allocator: its per-thread arenas pushed the resident set past 768 MiB (docs/benchmarks.md). */
class MallocArenasTest {

    @Test
    void thePayaraJvmGetsTwoArenasUnlessTheOperatorChoseANumber() {
        Map<String, String> unset = new HashMap<>(Map.of("PATH", "/usr/bin"));
        MetrykaLauncher.limitMallocArenas(unset);
        assertEquals("2", unset.get("MALLOC_ARENA_MAX"));

        Map<String, String> chosen = new HashMap<>(Map.of("MALLOC_ARENA_MAX", "4"));
        MetrykaLauncher.limitMallocArenas(chosen);
        assertEquals("4", chosen.get("MALLOC_ARENA_MAX"));
    }
}
