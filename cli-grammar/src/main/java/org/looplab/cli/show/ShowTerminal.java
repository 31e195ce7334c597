package org.looplab.cli.show;

/** {@code show terminal}: the settings of the session's line, the lines IOS starts with. */
public final class ShowTerminal {
    private ShowTerminal() {
    }

    public static String render(int length, int width) {
        return "Line 2, Location: \"\", Type: \"vt100\"\n"
                + "Length: " + length + " lines, Width: " + width + " columns\n"
                + "Baud rate (TX/RX) is 9600/9600\n"
                + "Status: PSI Enabled, Ready, Active, No Exit Banner\n"
                + "Capabilities: none\n"
                + "Modem state: Ready\n"
                + "Time since activation: 00:00:00\n"
                + "Editing is enabled.\n"
                + "History is enabled, history size is 10.\n"
                + "Full user help is disabled\n"
                + "Allowed input transports are ssh.\n"
                + "Allowed output transports are telnet ssh.\n"
                + "Preferred transport is telnet.\n"
                + "No output characters are padded\n"
                + "No special data dispatching characters\n";
    }
}
