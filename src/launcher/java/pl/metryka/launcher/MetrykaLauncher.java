package pl.metryka.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar target/metryka.jar [--port N] [--data-dir DIR] [payara-micro options]}.
 *
 * <p>Runs {@code metryka.war} on Payara Micro (from {@code lib/} beside this jar) in a child JVM.
 * Without {@code METRYKA_DB_URL} it first starts the embedded MariaDB with its files under the data
 * folder and asks the application for demo data; with it, the application talks to that server and
 * nothing embedded starts. Absolute links use METRYKA_BASE_URL, by default
 * {@code http://localhost:<port>}. The child is a separate process so that on shutdown Payara Micro can
 * finish (and flush the visit counters) before the database it writes to is stopped.
 */
public final class MetrykaLauncher {

    private static final String DEMO_ACCOUNTS =
            "redaktor/redaktor (REDAKTOR), naczelny/naczelny (REDAKTOR_NACZELNY), audytor/audytor (AUDYTOR), admin/admin (ADMINISTRATOR)";

    private MetrykaLauncher() {
    }

    public static void main(String[] args) throws Exception {
        LaunchOptions options = LaunchOptions.parse(args);
        Path home = installationFolder();
        Path war = home.resolve("metryka.war");
        Path payara = home.resolve("lib").resolve("payara-micro.jar");
        requireFile(war);
        requireFile(payara);
        Files.createDirectories(options.dataDir());

        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        String javaOpts = System.getenv("METRYKA_JAVA_OPTS");
        if (javaOpts != null && !javaOpts.isBlank()) {
            command.addAll(List.of(javaOpts.trim().split("\\s+")));
        }
        command.add("-Dmetryka.data.dir=" + options.dataDir().toAbsolutePath());
        if (System.getenv("METRYKA_BASE_URL") == null) {
            // every absolute link is made from this, never from a request's Host: by default the launcher's own address
            command.add("-Dmetryka.base.url=" + System.getProperty("metryka.base.url", "http://localhost:" + options.port()));
        }

        AutoCloseable embeddedDb = null;
        boolean embedded = System.getenv("METRYKA_DB_URL") == null && System.getProperty("metryka.db.url") == null;
        if (embedded) {
            EmbeddedDatabaseHandle db = EmbeddedDatabaseHandle.start(home.resolve("lib"), options.dataDir().resolve("mariadb"));
            embeddedDb = db;
            command.add("-Dmetryka.db.url=" + db.jdbcUrl());
            command.add("-Dmetryka.db.user=" + db.user());
            command.add("-Dmetryka.db.password=" + db.password());
            command.add("-Dmetryka.demo-data=true");
        }
        command.addAll(List.of("-jar", payara.toString(),
                "--deploy", war.toString(), "--contextroot", "/",
                "--port", Integer.toString(options.port())));
        if (options.clusterName() != null) {
            command.addAll(List.of("--clustername", options.clusterName()));
        } else {
            command.add("--nohazelcast");
        }
        if (!options.passThrough().contains("--prebootcommandfile")) {
            command.addAll(List.of("--prebootcommandfile", prebootCommands(options).toString()));
        }
        command.addAll(options.passThrough());

        Process server = new ProcessBuilder(command).inheritIO().start();
        AutoCloseable db = embeddedDb;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, db), "metryka-shutdown"));

        announceWhenReady(server, options.port(), embedded);
        int exit = server.waitFor();
        System.exit(exit);
    }

    /**
     * Payara's configuration before it boots. Payara's own /metrics endpoint, open to everyone, is
     * not registered (the application serves /metrics to its operators only). Forwarded headers are
     * not Payara's business: its scheme-mapping would believe X-Forwarded-Proto from any client, so
     * the application honours them from the configured proxies only (METRYKA_TRUSTED_PROXIES). A
     * single instance has no Hazelcast, so its sessions stay in memory; clustered instances keep
     * them in the data grid (the WAR is distributable).
     */
    private static Path prebootCommands(LaunchOptions options) throws IOException {
        List<String> commands = new ArrayList<>();
        commands.add("set configs.config.server-config.microprofile-metrics-configuration.virtual-servers=metryka-no-such-server");
        if (options.clusterName() == null) {
            commands.add("set configs.config.server-config.availability-service.web-container-availability.availability-enabled=false");
        }
        Path file = options.dataDir().resolve("payara-preboot.asadmin");
        Files.write(file, commands);
        return file;
    }

    private static void announceWhenReady(Process server, int port, boolean embedded) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create("http://localhost:" + port + "/health/ready");
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (server.isAlive() && System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(ready).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    System.out.println();
                    System.out.println("  Metryka is running: http://localhost:" + port + "/");
                    if (embedded) {
                        System.out.println("  Embedded MariaDB, demo data. Demo accounts: " + DEMO_ACCOUNTS);
                    }
                    System.out.println();
                    return;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(1000);
        }
        if (server.isAlive()) {
            System.out.println("  Metryka started, but http://localhost:" + port + "/health/ready is not UP yet: see the log above.");
        }
    }

    private static void stop(Process server, AutoCloseable db) {
        try {
            if (server.isAlive()) {
                server.destroy();
                if (!server.waitFor(Duration.ofSeconds(60).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    server.destroyForcibly();
                }
            }
            if (db != null) {
                db.close();
            }
        } catch (Exception e) {
            System.err.println("Metryka: shutdown incomplete: " + e);
        }
    }

    private static Path installationFolder() throws URISyntaxException {
        return Path.of(MetrykaLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Metryka: " + file + " is missing; build with 'mvn package' first.");
        }
    }
}
