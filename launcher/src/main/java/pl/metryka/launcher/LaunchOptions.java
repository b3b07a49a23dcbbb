package pl.metryka.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The launcher's own options; everything else goes to Payara Micro unchanged. {@code --cluster NAME}
 * (or METRYKA_CLUSTER_NAME) joins the instances of that name through Payara's Hazelcast data grid.
 * {@code --stop-with-parent} stops the launcher when the process that started it ends (mvn exec:exec).
 */
record LaunchOptions(int port, Path dataDir, String clusterName, boolean stopWithParent, List<String> passThrough) {

    static LaunchOptions parse(String[] args) {
        int port = 8080;
        String dataDir = System.getenv().getOrDefault("METRYKA_DATA_DIR", "data");
        String cluster = System.getenv("METRYKA_CLUSTER_NAME");
        boolean stopWithParent = false;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                case "--data-dir" -> dataDir = value(args, ++i, "--data-dir");
                case "--cluster" -> cluster = value(args, ++i, "--cluster");
                case "--stop-with-parent" -> stopWithParent = true;
                default -> rest.add(args[i]);
            }
        }
        return new LaunchOptions(
                port,
                Path.of(dataDir).toAbsolutePath().normalize(),
                cluster == null || cluster.isBlank() ? null : cluster.strip(),
                stopWithParent,
                List.copyOf(rest));
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
