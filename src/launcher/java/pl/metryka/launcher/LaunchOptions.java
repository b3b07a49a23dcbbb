package pl.metryka.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The launcher's own options; everything else goes to Payara Micro unchanged. */
record LaunchOptions(int port, Path dataDir, List<String> passThrough) {

    static LaunchOptions parse(String[] args) {
        int port = 8080;
        String dataDir = System.getenv().getOrDefault("METRYKA_DATA_DIR", "data");
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                case "--data-dir" -> dataDir = value(args, ++i, "--data-dir");
                default -> rest.add(args[i]);
            }
        }
        return new LaunchOptions(port, Path.of(dataDir).toAbsolutePath().normalize(), List.copyOf(rest));
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
