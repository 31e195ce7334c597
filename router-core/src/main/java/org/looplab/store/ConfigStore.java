package org.looplab.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Saved startup-configs in an H2 database (a file in the lab's state folder, or any JDBC URL), through
 * plain JDBC. Rows are keyed by lab and router, so several labs can share one database. A save returns
 * only once H2 has written it to disk.
 *
 * <p>A failed operation (a full disk, a file that cannot be written, a server gone) closes the
 * connection, which H2 may have closed itself, and the next operation opens a new one: a save after the
 * space has come back succeeds without restarting the lab. {@link StoreFailure} turns the failure into
 * the reason the CLI prints.
 */
public final class ConfigStore implements AutoCloseable {
    /** Schema versions in order; the statements of version N move a database from N-1 to N. */
    private static final List<List<String>> MIGRATIONS = List.of(
            List.of("CREATE TABLE startup_config ("
                    + " lab VARCHAR(128) NOT NULL,"
                    + " router VARCHAR(128) NOT NULL,"
                    + " config CLOB NOT NULL,"
                    + " saved_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " PRIMARY KEY (lab, router))"),
            // The lab-wide timeline (EventStore): router log messages and console actions of every run.
            List.of("CREATE TABLE lab_event ("
                    + " lab VARCHAR(128) NOT NULL,"
                    + " run INT NOT NULL,"
                    + " seq BIGINT NOT NULL,"
                    + " virtual_ns BIGINT NOT NULL,"
                    + " wall TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " router VARCHAR(128),"
                    + " kind VARCHAR(16) NOT NULL,"
                    + " text VARCHAR(4096) NOT NULL,"
                    + " PRIMARY KEY (lab, run, seq))"));
    public static final int SCHEMA_VERSION = MIGRATIONS.size();

    /** Where connections come from: the JDBC URL, or a test's connections that fail on demand. */
    @FunctionalInterface
    public interface Connector {
        Connection connect() throws SQLException;
    }

    /** A store operation on an open connection. */
    @FunctionalInterface
    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private final Connector connector;
    /** Null after a failure or close: the next operation connects again. */
    private Connection connection;
    private boolean closed;

    private ConfigStore(Connector connector, Connection connection) {
        this.connector = connector;
        this.connection = connection;
    }

    /** Opens (creating or upgrading as needed) the database at a JDBC URL. */
    public static ConfigStore open(String jdbcUrl) throws SQLException {
        return open(() -> DriverManager.getConnection(jdbcUrl, "sa", ""));
    }

    /** Opens the database that {@code connector} connects to; it is asked again after a failure. */
    public static ConfigStore open(Connector connector) throws SQLException {
        return new ConfigStore(connector, connect(connector));
    }

    private static Connection connect(Connector connector) throws SQLException {
        Connection connection = connector.connect();
        try {
            migrate(connection);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
        return connection;
    }

    /** Runs {@code work} on the connection, connecting first if the last one failed. */
    private <T> T withConnection(Work<T> work) throws SQLException {
        if (closed) {
            throw new SQLException("the config store is closed");
        }
        try {
            if (connection == null || connection.isClosed()) {
                connection = null;
                connection = connect(connector);
            }
            return work.on(connection);
        } catch (SQLException e) {
            forgetConnection();
            throw e;
        } catch (RuntimeException e) { // H2's store errors may arrive unwrapped
            forgetConnection();
            throw new SQLException(String.valueOf(e.getMessage()), e);
        }
    }

    private void forgetConnection() {
        if (connection != null) {
            closeQuietly(connection);
            connection = null;
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException | RuntimeException ignored) {
            // already broken: the failure that brought us here is the one reported
        }
    }

    static {
        // H2's automatic mixed mode (fileUrl) serves the open database over TCP: on loopback only. Read
        // when H2 first loads, which the first fileUrl comes before.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    /**
     * The JDBC URL of an H2 file database in a state folder. With AUTO_SERVER the process that opens it
     * first serves it to others (H2's automatic mixed mode, its address and a random key in the
     * owner-only lock file), so {@code looplab events} reads a running lab's timeline.
     */
    public static String fileUrl(Path stateFolder) {
        return "jdbc:h2:file:" + stateFolder.toAbsolutePath().resolve("looplab") + ";AUTO_SERVER=TRUE";
    }

    static void migrate(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT NOT NULL)");
            int current = 0;
            try (ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
                if (rows.next()) {
                    current = rows.getInt(1);
                }
            }
            if (current > SCHEMA_VERSION) {
                throw new SQLException("the database has schema version " + current
                        + ", newer than this looplab understands (" + SCHEMA_VERSION + ")");
            }
            for (int version = current + 1; version <= SCHEMA_VERSION; version++) {
                connection.setAutoCommit(false);
                try {
                    for (String sql : MIGRATIONS.get(version - 1)) {
                        statement.execute(sql);
                    }
                    statement.execute("INSERT INTO schema_version (version) VALUES (" + version + ")");
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            }
        }
    }

    public synchronized Optional<String> loadStartupConfig(String lab, String router) throws SQLException {
        return withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT config FROM startup_config WHERE lab = ? AND router = ?")) {
                query.setString(1, lab);
                query.setString(2, router);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public synchronized void saveStartupConfig(String lab, String router, String config) throws SQLException {
        withConnection(connection -> {
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO startup_config (lab, router, config, saved_at) KEY (lab, router) VALUES (?, ?, ?, ?)")) {
                merge.setString(1, lab);
                merge.setString(2, router);
                merge.setString(3, config);
                merge.setTimestamp(4, Timestamp.from(Instant.now()));
                merge.executeUpdate();
            }
            try (Statement sync = connection.createStatement()) {
                sync.execute("CHECKPOINT SYNC"); // the CLI says [OK] only once the config is on disk
            }
            return null;
        });
    }

    /** Forgets every saved startup-config of a lab ({@code looplab run --reset}). */
    public synchronized void eraseLab(String lab) throws SQLException {
        withConnection(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM startup_config WHERE lab = ?")) {
                delete.setString(1, lab);
                delete.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public synchronized void close() throws SQLException {
        closed = true;
        if (connection != null) {
            Connection last = connection;
            connection = null;
            last.close();
        }
    }
}
