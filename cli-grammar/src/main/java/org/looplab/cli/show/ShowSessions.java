package org.looplab.cli.show;

import java.util.List;
import org.looplab.cli.remote.OutgoingConnections;

/**
 * {@code show sessions} (and {@code where}): the session's open outgoing connections, the current one
 * marked {@code *}. Byte is the output waiting unread (none: a suspended connection's far end only answers
 * typed lines); Idle is in minutes since a line was last sent; a connection's name is its host.
 */
public final class ShowSessions {
    private static final long MINUTE_NANOS = 60_000_000_000L;

    private ShowSessions() {
    }

    public static String render(OutgoingConnections connections, long nowNanos) {
        List<OutgoingConnections.Connection> open = connections.list();
        if (open.isEmpty()) {
            return "% No connections open\n";
        }
        StringBuilder out = new StringBuilder("Conn Host                Address             Byte  Idle Conn Name\n");
        for (OutgoingConnections.Connection connection : open) {
            String host = connection.relay().peer();
            out.append(String.format("%c%3d %-20s%-20s%4d %5d %s\n", connection == connections.current() ? '*' : ' ',
                    connection.number(), host, host, 0, (nowNanos - connection.lastUsedNanos()) / MINUTE_NANOS, host));
        }
        return out.toString();
    }
}
