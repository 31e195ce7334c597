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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.looplab.files.StoredFile;

/**
 * Saved startup-configs and flash files in an H2 database (a file in the lab's state folder, or any JDBC URL), through
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
                    + " PRIMARY KEY (lab, run, seq))"),
            // Each router's flash0: files (copy, scp, archive), with the router clock's time of the write.
            List.of("CREATE TABLE router_file ("
                    + " lab VARCHAR(128) NOT NULL,"
                    + " router VARCHAR(128) NOT NULL,"
                    + " name VARCHAR(1024) NOT NULL,"
                    + " content BLOB NOT NULL,"
                    + " modified TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " created BIGINT AUTO_INCREMENT,"
                    + " PRIMARY KEY (lab, router, name))"),
            // An erased nvram: (erase startup-config, write erase) is a row without a config.
            List.of("ALTER TABLE startup_config ALTER COLUMN config SET NULL"));
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

    /** The saved startup-config; empty when none was saved or nvram: was erased since. */
    public synchronized Optional<String> loadStartupConfig(String lab, String router) throws SQLException {
        return withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT config FROM startup_config WHERE lab = ? AND router = ?")) {
                query.setString(1, lab);
                query.setString(2, router);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** True when the router's nvram: was erased and nothing saved since: it boots without the topology's file. */
    public synchronized boolean startupConfigErased(String lab, String router) throws SQLException {
        return withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT 1 FROM startup_config WHERE lab = ? AND router = ? AND config IS NULL")) {
                query.setString(1, lab);
                query.setString(2, router);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    /** Saves {@code config} as the router's startup-config; null erases nvram: (kept as erased, see above). */
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
            sync(connection);
            return null;
        });
    }

    /** Forgets every saved startup-config and flash file of a lab ({@code looplab run --reset}). */
    public synchronized void eraseLab(String lab) throws SQLException {
        withConnection(connection -> {
            for (String table : List.of("startup_config", "router_file")) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE lab = ?")) {
                    delete.setString(1, lab);
                    delete.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Every flash file of a lab by router, each router's in the order they were first written. */
    public synchronized Map<String, List<StoredFile>> loadFiles(String lab) throws SQLException {
        return withConnection(connection -> {
            Map<String, List<StoredFile>> files = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT router, name, content, modified FROM router_file WHERE lab = ? ORDER BY router, created")) {
                query.setString(1, lab);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        files.computeIfAbsent(rows.getString(1), router -> new ArrayList<>()).add(new StoredFile(
                                rows.getString(2), rows.getBytes(3), rows.getTimestamp(4).toInstant()));
                    }
                }
            }
            return files;
        });
    }

    /** Writes a flash file (replacing one of that name, which keeps its place); on disk when this returns. */
    public synchronized void saveFile(String lab, String router, StoredFile file) throws SQLException {
        withConnection(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE router_file SET content = ?, modified = ? WHERE lab = ? AND router = ? AND name = ?")) {
                update.setBytes(1, file.content());
                update.setTimestamp(2, Timestamp.from(file.modified()));
                update.setString(3, lab);
                update.setString(4, router);
                update.setString(5, file.name());
                if (update.executeUpdate() == 0) {
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO router_file (lab, router, name, content, modified) VALUES (?, ?, ?, ?, ?)")) {
                        insert.setString(1, lab);
                        insert.setString(2, router);
                        insert.setString(3, file.name());
                        insert.setBytes(4, file.content());
                        insert.setTimestamp(5, Timestamp.from(file.modified()));
                        insert.executeUpdate();
                    }
                }
            }
            sync(connection);
            return null;
        });
    }

    /** Deletes a flash file; on disk when this returns. */
    public synchronized void deleteFile(String lab, String router, String name) throws SQLException {
        withConnection(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM router_file WHERE lab = ? AND router = ? AND name = ?")) {
                delete.setString(1, lab);
                delete.setString(2, router);
                delete.setString(3, name);
                delete.executeUpdate();
            }
            sync(connection);
            return null;
        });
    }

    private static void sync(Connection connection) throws SQLException {
        try (Statement sync = connection.createStatement()) {
            sync.execute("CHECKPOINT SYNC"); // the CLI reports success only once the change is on disk
        }
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
