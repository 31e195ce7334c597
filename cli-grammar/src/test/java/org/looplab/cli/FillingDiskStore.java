package org.looplab.cli;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.looplab.store.ConfigStore;

/** An H2 store whose disk fills on demand: H2 closes its connection and reopening fails, as on a full disk. */
public final class FillingDiskStore {
    private final List<Connection> opened = new ArrayList<>();
    private boolean full;
    public final ConfigStore store;

    public FillingDiskStore(String name) throws SQLException {
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        store = ConfigStore.open(() -> {
            if (full) {
                throw new SQLException("IO Exception: \"java.io.IOException: No space left on device\" [90028-224]",
                        "90028", 90028, new IOException("No space left on device"));
            }
            Connection connection = DriverManager.getConnection(url, "sa", "");
            opened.add(connection);
            return connection;
        });
    }

    /** The disk fills (true) or has space again (false). */
    public synchronized void fill(boolean nowFull) throws SQLException {
        full = nowFull;
        if (nowFull) {
            for (Connection connection : opened) {
                connection.close();
            }
        }
    }
}
