package org.looplab.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The lab-wide timeline in the lab's database (the same one as {@link ConfigStore}, table {@code lab_event}),
 * through plain JDBC on its own connection. Rows are keyed by lab, run and sequence number.
 */
public final class EventStore implements AutoCloseable {
    private static final int MAX_TEXT = 4096;
    private final Connection connection;

    private EventStore(Connection connection) {
        this.connection = connection;
    }

    /** Opens (creating or upgrading as needed) the database at a JDBC URL. */
    public static EventStore open(String jdbcUrl) throws SQLException {
        Connection connection = DriverManager.getConnection(jdbcUrl, "sa", "");
        try {
            ConfigStore.migrate(connection);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return new EventStore(connection);
    }

    /** The number of the lab's latest run, 0 when it never ran. */
    public synchronized int lastRun(String lab) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT MAX(run) FROM lab_event WHERE lab = ?")) {
            query.setString(1, lab);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        }
    }

    /** Appends events in one transaction. */
    public synchronized void append(String lab, List<TimelineEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lab_event"
                + " (lab, run, seq, virtual_ns, wall, router, kind, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (TimelineEvent event : events) {
                insert.setString(1, lab);
                insert.setInt(2, event.run());
                insert.setLong(3, event.sequence());
                insert.setLong(4, event.virtualNanos());
                insert.setTimestamp(5, Timestamp.from(event.wallTime()));
                insert.setString(6, event.router());
                insert.setString(7, event.kind());
                insert.setString(8, event.text().length() > MAX_TEXT ? event.text().substring(0, MAX_TEXT) : event.text());
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * A lab's events in order: of one run (or every run when {@code run} is 0), of one router (or all and
     * the console's when {@code router} is null), at or after virtual time {@code sinceNanos}.
     */
    public synchronized List<TimelineEvent> events(String lab, int run, String router, long sinceNanos)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT run, seq, virtual_ns, wall, router, kind, text FROM lab_event"
                + " WHERE lab = ? AND virtual_ns >= ?");
        if (run > 0) {
            sql.append(" AND run = ?");
        }
        if (router != null) {
            sql.append(" AND router = ?");
        }
        sql.append(" ORDER BY run, seq");
        try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
            int index = 1;
            query.setString(index++, lab);
            query.setLong(index++, sinceNanos);
            if (run > 0) {
                query.setInt(index++, run);
            }
            if (router != null) {
                query.setString(index, router);
            }
            List<TimelineEvent> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new TimelineEvent(rows.getInt(1), rows.getLong(2), rows.getLong(3),
                            rows.getTimestamp(4).toInstant(), rows.getString(5), rows.getString(6), rows.getString(7)));
                }
            }
            return found;
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        connection.close();
    }
}
