package org.looplab.cli.command;

import org.looplab.router.Interface;

/**
 * {@code mtu N} ({@code ip} false) or {@code ip mtu N} on the current interface; 0 bytes for the {@code no}
 * form. IOS offers {@code ip mtu <68-MTU>}: a value above the interface MTU gets the caret at {@code column}.
 * A loopback's MTU cannot be changed on IOS: there {@code mtu} is kept as written, without behaviour.
 */
public record SetMtu(boolean ip, int bytes, int column, String lineText) implements Command {
    /** IOS 15's range of {@code mtu} on a GigabitEthernet port, and the least {@code ip mtu}. */
    public static final int MIN = 64;
    public static final int MAX = 9600;
    public static final int MIN_IP = 68;

    @Override
    public void run(CommandContext context) {
        Interface iface = context.currentInterface();
        if (!ip && iface.isLoopback()) {
            new KeepInertLine(lineText, true).run(context);
        } else if (!ip) {
            context.router().setMtu(iface, bytes);
        } else if (!context.router().setIpMtu(iface, bytes)) {
            throw new InvalidArgumentException(column);
        }
    }
}
