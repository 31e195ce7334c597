package org.looplab.cli.command;

import org.looplab.cli.show.ShowDebugging;
import org.looplab.debug.DebugFlag;
import org.looplab.debug.Debugging;

/**
 * {@code debug X} / {@code undebug X} / {@code no debug X}; a null flag is {@code all} (off only). The
 * access list and detail are {@code debug ip packet}'s.
 */
public record ChangeDebugging(DebugFlag flag, boolean on, String accessList, boolean detail) implements Command {
    public ChangeDebugging(DebugFlag flag, boolean on) {
        this(flag, on, null, false);
    }

    @Override
    public void run(CommandContext context) {
        Debugging debugging = context.router().debugging();
        if (flag == null) {
            debugging.allOff();
            context.print("All possible debugging has been turned off\n");
            return;
        }
        if (flag == DebugFlag.IP_PACKET && on) {
            debugging.packetOn(accessList, detail);
        } else {
            debugging.set(flag, on);
        }
        context.print(on ? ShowDebugging.onLine(flag, debugging) + "\n" : ShowDebugging.name(flag) + " is off\n");
    }
}
