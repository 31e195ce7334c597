package org.looplab.cli.command;

import org.looplab.cli.remote.OutgoingSession;
import org.looplab.config.TerminalLine;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;

/**
 * {@code telnet A [PORT] [/source-interface IF]} and {@code ssh [-l USER] [-p PORT] A}: opens an in-band
 * session over the simulated TCP; {@code user} is null for telnet. The line completes when the far end
 * shows its first prompt or the connection fails. A vty line's {@code session-limit} caps how many the
 * session may hold (suspended ones count); the caller's line's {@code transport output} says which
 * protocols it may open. {@code hostName} is the {@code ip host} name the user gave, or null.
 */
public record OpenSession(Ipv4Address destination, int port, InterfaceName sourceInterface, String user,
                          String hostName) implements Command {
    @Override
    public void run(CommandContext context) {
        if (atSessionLimit(context)) {
            context.print("% Session limit exceeded\n");
            return;
        }
        TerminalLine.Transport transport = user == null ? TerminalLine.Transport.TELNET : TerminalLine.Transport.SSH;
        TerminalLine line = callersLine(context);
        if (line != null && !line.allowsOutput(transport)) {
            // IOS's connect_allowed(): the line's transport output does not include this protocol.
            context.print("% " + transport.name().toLowerCase(java.util.Locale.ROOT)
                    + " connections not permitted from this terminal\n");
            return;
        }
        Ipv4Address source = null;
        InterfaceName from = sourceInterface;
        if (from == null && user != null) {
            from = org.looplab.vty.SshServerState.of(context.router()).sourceInterface(); // ip ssh source-interface
        }
        if (from != null) {
            Interface named = context.router().interfaceNamed(from);
            source = named == null || named.address() == null ? null : named.address().address();
        }
        if (user == null) {
            // IOS: "Trying 10.0.0.2 ... " for an address, "Trying R2 (10.0.0.2)... " for a name.
            String target = hostName == null ? destination + (port != 23 ? ", " + port : "") + " "
                    : hostName + " (" + destination + (port != 23 ? ", " + port : "") + ")";
            context.print("Trying " + target + "... ");
        }
        String login = user == null ? null : user.isEmpty() ? context.userName() : user;
        context.defer(OutgoingSession.open(context, destination, port, source, login));
    }

    /** {@code session-limit N} on the caller's vty line: the outgoing sessions it may hold at once. */
    private static boolean atSessionLimit(CommandContext context) {
        if (context.vtySession() == null) {
            return false;
        }
        TerminalLine line = callersLine(context);
        Integer limit = line == null ? null : line.sessionLimit();
        return limit != null && context.connections().list().size() >= limit;
    }

    /** The line block the caller sits on: its vty's, else the console's ({@code line con 0}); null when none. */
    private static TerminalLine callersLine(CommandContext context) {
        org.looplab.router.VtySessions.Session vty = context.vtySession();
        if (vty != null) {
            return org.looplab.vty.VtyAccess.blockOf(context.router(), vty.vty());
        }
        return context.router().terminalLines().stream()
                .filter(line -> line.kind() == TerminalLine.Kind.CONSOLE).findFirst().orElse(null);
    }
}
