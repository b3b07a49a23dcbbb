package pl.metryka.launcher;

import java.util.List;

/**
 * Log levels Payara Micro is given before it boots, for the libraries inside the WAR. Their logs
 * reach Payara's through SLF4J (the WAR carries slf4j-jdk14). MariaDB Connector/J then reports
 * every error the server answers at WARNING ({@code ErrorPacket}), the expected ones too: a visit
 * batch that is already written (a duplicate key, by design), a grant that is not there to revoke
 * at start. The same error reaches the code that handles it as an exception, and the code (or
 * EclipseLink) logs what is worth logging, so the driver's copy is kept for SEVERE alone.
 */
final class LibraryLogLevels {

    private LibraryLogLevels() {}

    static List<String> commands() {
        return List.of("set-log-levels org.mariadb.jdbc.message.server.ErrorPacket=SEVERE");
    }
}
