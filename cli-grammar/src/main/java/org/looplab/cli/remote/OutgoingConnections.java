package org.looplab.cli.remote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.looplab.cli.command.SessionRelay;

/**
 * The outgoing connections ({@code telnet}, {@code ssh}) of one CLI session, numbered from 1 as IOS numbers
 * them per terminal line. At most one is active (typed lines go to it); the others are suspended by the
 * escape sequence (Ctrl-^ x) and wait for {@code resume}. The current connection, marked {@code *} by
 * {@code show sessions} and resumed by an empty line, is the one used last. Kernel thread only.
 */
public final class OutgoingConnections {
    /** One open connection: its number, the relay, and when the user last sent on it (virtual nanos). */
    public static final class Connection {
        private final int number;
        private final SessionRelay relay;
        private long lastUsedNanos;

        private Connection(int number, SessionRelay relay, long now) {
            this.number = number;
            this.relay = relay;
            this.lastUsedNanos = now;
        }

        public int number() {
            return number;
        }

        public SessionRelay relay() {
            return relay;
        }

        public long lastUsedNanos() {
            return lastUsedNanos;
        }
    }

    private final List<Connection> open = new ArrayList<>();
    private Connection active;
    private Connection current;

    /** A connection that just showed its first prompt: it becomes active and current, under the lowest free number. */
    public void add(SessionRelay relay, long now) {
        int number = 1;
        for (Connection connection : list()) {
            if (connection.number == number) {
                number++;
            }
        }
        Connection added = new Connection(number, relay, now);
        open.add(added);
        open.sort(Comparator.comparingInt(Connection::number));
        active = added;
        current = added;
    }

    /** The relay typed lines go to, or null at the local prompt. */
    public SessionRelay active() {
        return active == null ? null : active.relay;
    }

    /** A line was sent on the active connection. */
    public void touch(long now) {
        if (active != null) {
            active.lastUsedNanos = now;
        }
    }

    /** The escape sequence: back to the local prompt, the connection stays open. False when none is active. */
    public boolean suspend() {
        if (active == null || !active.relay.isOpen()) {
            return false;
        }
        active = null;
        return true;
    }

    /**
     * Makes {@code connection} active again and returns what IOS prints: {@code [Resuming connection N to A
     * ... ]}, and, when the far end went away meanwhile, how it ended (the connection is then gone).
     */
    public String resume(Connection connection, long now) {
        String text = "[Resuming connection " + connection.number + " to " + connection.relay.peer() + " ... ]\n\n";
        if (!connection.relay.isOpen()) {
            remove(connection);
            return text + connection.relay.takeClosingNotice();
        }
        connection.lastUsedNanos = now;
        active = connection;
        current = connection;
        return text;
    }

    /** Closes {@code connection} from this side ({@code disconnect}) and forgets it. */
    public void close(Connection connection) {
        connection.relay.disconnect();
        remove(connection);
    }

    /** Forgets a connection that ended. */
    public void remove(SessionRelay relay) {
        for (Connection connection : list()) {
            if (connection.relay == relay) {
                remove(connection);
            }
        }
    }

    private void remove(Connection connection) {
        open.remove(connection);
        if (active == connection) {
            active = null;
        }
        if (current == connection) {
            current = open.stream().max(Comparator.comparingLong(Connection::lastUsedNanos)).orElse(null);
        }
    }

    /** Closes every connection: the user's own session ended. */
    public void closeAll() {
        for (Connection connection : list()) {
            close(connection);
        }
    }

    /** The connection an empty line or a bare {@code resume} goes back to, or null when none is open. */
    public Connection current() {
        return current;
    }

    /** The connection numbered {@code number}, or null. */
    public Connection find(int number) {
        return open.stream().filter(connection -> connection.number == number).findFirst().orElse(null);
    }

    /** The open connections by number. */
    public List<Connection> list() {
        return List.copyOf(open);
    }
}
