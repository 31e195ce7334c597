package org.looplab.cli.command;

import org.looplab.cli.remote.OutgoingConnections;
import org.looplab.cli.show.ShowSessions;

/**
 * The EXEC commands over a session's outgoing connections: {@code show sessions} (and {@code where}),
 * {@code resume [N]} (and a bare {@code N}), {@code disconnect [N]}, with IOS's messages. {@code number}
 * is null when none was typed: the current connection is meant.
 */
public record SessionControl(Action action, Integer number) implements Command {
    public enum Action { SHOW, RESUME, DISCONNECT }

    @Override
    public void run(CommandContext context) {
        OutgoingConnections connections = context.connections();
        long now = context.router().kernel().now();
        switch (action) {
            case SHOW -> context.print(ShowSessions.render(connections, now));
            case RESUME -> {
                OutgoingConnections.Connection connection = number == null ? connections.current() : connections.find(number);
                if (connection == null) {
                    context.print(number == null ? "% No open connections\n" : "% " + number + " is not an open connection\n");
                } else {
                    context.print(connections.resume(connection, now));
                }
            }
            case DISCONNECT -> {
                OutgoingConnections.Connection connection = number == null ? connections.current() : connections.find(number);
                if (connection == null) {
                    // IOS's own wording for a number that is not open starts with '?'.
                    context.print(number == null ? "% No current connection\n" : "?" + number + " is not an open connection\n");
                } else {
                    context.ask(new Confirmation("Closing connection to " + connection.relay().peer() + " [confirm]",
                            confirmed -> confirmed.connections().close(connection)));
                }
            }
        }
    }
}
