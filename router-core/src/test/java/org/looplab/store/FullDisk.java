package org.looplab.store;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A store seam for tests: connections to a real H2 database that, while {@link #fill()} is in force,
 * fail every statement as H2 does when the disk is full (an IO exception around the OS's "No space left
 * on device") and then close, as H2 closes a database after a write failure.
 */
public final class FullDisk implements ConfigStore.Connector {
    private final String jdbcUrl;
    private final AtomicBoolean full = new AtomicBoolean();
    private final AtomicInteger connections = new AtomicInteger();

    public FullDisk(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    public void fill() {
        full.set(true);
    }

    public void free() {
        full.set(false);
    }

    /** How many connections the store has asked for. */
    public int connections() {
        return connections.get();
    }

    @Override
    public Connection connect() throws SQLException {
        if (full.get()) {
            throw noSpace();
        }
        connections.incrementAndGet();
        Connection real = DriverManager.getConnection(jdbcUrl, "sa", "");
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (full.get() && (method.getName().equals("prepareStatement")
                            || method.getName().equals("createStatement"))) {
                        real.close();
                        throw noSpace();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static SQLException noSpace() {
        return new SQLException("IO Exception: \"java.io.IOException: No space left on device\"; \"looplab.mv.db\" [90028-224]",
                "90028", 90028, new IOException("No space left on device"));
    }
}
