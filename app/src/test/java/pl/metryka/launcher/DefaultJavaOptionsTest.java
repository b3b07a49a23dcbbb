package pl.metryka.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Payara JVM's default memory settings give way to the operator's own (review finding). */
class DefaultJavaOptionsTest {

    @Test
    void withoutOptionsOfItsOwnTheJvmGetsTheDefaultHeapAndMetaspaceCaps() {
        assertEquals(MetrykaLauncher.DEFAULT_JAVA_OPTS, MetrykaLauncher.defaultJavaOpts(List.of("-Dx=y")));
    }

    @Test
    void anOperatorsHeapSettingReplacesTheDefaultMaximum() {
        for (String own : List.of("-Xmx1g", "-Xms512m", "-XX:MaxRAMPercentage=50", "-XX:MaxHeapSize=900m")) {
            assertEquals(
                    List.of("-XX:MaxMetaspaceSize=256m", "-XX:+ExitOnOutOfMemoryError"),
                    MetrykaLauncher.defaultJavaOpts(List.of(own)),
                    own);
        }
        assertEquals(
                List.of("-Xmx384m", "-XX:+ExitOnOutOfMemoryError"),
                MetrykaLauncher.defaultJavaOpts(List.of("-XX:MaxMetaspaceSize=128m")));
    }
}
