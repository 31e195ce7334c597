package org.looplab.cli.show;

import java.util.StringJoiner;
import org.looplab.config.TerminalLine;
import org.looplab.router.Router;
import org.looplab.router.VtySessions;
import org.looplab.vty.VtyAccess;

/**
 * {@code show terminal}: the settings of the session's line as IOS prints them, with the line's idle EXEC
 * timeout ({@code exec-timeout}), the time since the session took the line, on the virtual clock, and its
 * {@code transport input|output}. The same block follows the table row in {@code show line N}, for a line
 * in use or idle (an idle one as IOS prints it: no exit banner, modem idle, never activated).
 */
public final class ShowTerminal {
    private static final int FIRST_VTY_LINE = 2;

    private ShowTerminal() {
    }

    /** {@code vty} is the asking session's line, or null on the console. */
    public static String render(Router router, VtySessions.Session vty, int length, int width) {
        int line = vty == null ? 0 : vty.vty() + FIRST_VTY_LINE;
        TerminalLine settings = vty == null ? console(router) : VtyAccess.blockOf(router, vty.vty());
        long since = vty == null ? 0 : router.kernel().now() - vty.openedNanos();
        return block(line, settings, since, length, width);
    }

    /** The block of line {@code line} (tty number) with its {@code settings} block, or null for IOS's defaults. */
    static String block(int line, TerminalLine settings, Long activeNanos, int length, int width) {
        boolean active = activeNanos != null;
        long timeout = settings == null ? TerminalLine.DEFAULT_EXEC_TIMEOUT_SECONDS : settings.execTimeoutSeconds();
        String idleExec = timeout == 0 ? " never " : ShowUsers.idle(timeout * 1_000_000_000L);
        return "Line " + line + ", Location: \"\", Type: \"" + (active ? "vt100" : "") + "\"\n"
                + "Length: " + length + " lines, Width: " + width + " columns\n"
                + "Baud rate (TX/RX) is 9600/9600\n"
                + "Status: " + (active ? "PSI Enabled, Ready, Active, No Exit Banner" : "No Exit Banner") + "\n"
                + "Capabilities: none\n"
                + "Modem state: " + (active ? "Ready" : "Idle") + "\n"
                + "Group codes:    0\n"
                + "Special Chars: Escape  Hold  Stop  Start  Disconnect  Activation\n"
                + "                ^^x    none   -     -       none         \n"
                + "Timeouts:      Idle EXEC    Idle Session   Modem Answer  Session   Dispatch\n"
                + "               " + idleExec + "        never                        none     not set\n"
                + "                            Idle Session Disconnect Warning\n"
                + "                              never \n"
                + "                            Login-sequence User Response\n"
                + "                             00:00:30\n"
                + "                            Autoselect Initial Wait\n"
                + "                              not set \n"
                + "Modem type is unknown.\n"
                + "Session limit is not set.\n"
                + "Time since activation: " + (active ? ShowUsers.idle(activeNanos) : "never") + "\n"
                + "Editing is enabled.\n"
                + "History is enabled, history size is 10.\n"
                + "DNS resolution in show commands is enabled\n"
                + "Full user help is disabled\n"
                + "Allowed input transports are " + transports(settings == null ? null : settings.transportInput()) + ".\n"
                + "Allowed output transports are " + transports(settings == null ? null : settings.transportOutput()) + ".\n"
                + "Preferred transport is telnet.\n"
                + "No output characters are padded\n"
                + "No special data dispatching characters\n";
    }

    /** A line's {@code transport} protocols as IOS lists them; unset is all (of those the lab has). */
    private static String transports(java.util.Set<TerminalLine.Transport> chosen) {
        if (chosen != null && chosen.isEmpty()) {
            return "none";
        }
        StringJoiner names = new StringJoiner(" ");
        for (TerminalLine.Transport transport : new TerminalLine.Transport[] {TerminalLine.Transport.TELNET,
                TerminalLine.Transport.SSH}) {
            if (chosen == null || chosen.contains(transport)) {
                names.add(transport.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names.toString();
    }

    /** The router's {@code line con 0} block. */
    static TerminalLine console(Router router) {
        return router.terminalLines().stream().filter(line -> line.kind() == TerminalLine.Kind.CONSOLE)
                .findFirst().orElse(null);
    }
}
