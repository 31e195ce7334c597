package org.looplab.cli.show;

import org.looplab.config.TerminalLine;
import org.looplab.router.Router;
import org.looplab.router.VtySessions;
import org.looplab.vty.VtyAccess;

/**
 * {@code show terminal}: the settings of the session's line as IOS prints them, with the line's idle EXEC
 * timeout ({@code exec-timeout}) and the time since the session took the line, on the virtual clock.
 */
public final class ShowTerminal {
    private static final int FIRST_VTY_LINE = 2;

    private ShowTerminal() {
    }

    /** {@code vty} is the asking session's line, or null on the console. */
    public static String render(Router router, VtySessions.Session vty, int length, int width) {
        long now = router.kernel().now();
        long timeout = vty == null ? TerminalLine.DEFAULT_EXEC_TIMEOUT_SECONDS
                : VtyAccess.execTimeoutSeconds(router, vty.vty());
        String idleExec = timeout == 0 ? " never " : ShowUsers.idle(timeout * 1_000_000_000L);
        String activation = ShowUsers.idle(vty == null ? 0 : now - vty.openedNanos());
        return "Line " + (vty == null ? 0 : vty.vty() + FIRST_VTY_LINE) + ", Location: \"\", Type: \"vt100\"\n"
                + "Length: " + length + " lines, Width: " + width + " columns\n"
                + "Baud rate (TX/RX) is 9600/9600\n"
                + "Status: PSI Enabled, Ready, Active, No Exit Banner\n"
                + "Capabilities: none\n"
                + "Modem state: Ready\n"
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
                + "Time since activation: " + activation + "\n"
                + "Editing is enabled.\n"
                + "History is enabled, history size is 10.\n"
                + "DNS resolution in show commands is enabled\n"
                + "Full user help is disabled\n"
                + "Allowed input transports are ssh.\n"
                + "Allowed output transports are telnet ssh.\n"
                + "Preferred transport is telnet.\n"
                + "No output characters are padded\n"
                + "No special data dispatching characters\n";
    }
}
