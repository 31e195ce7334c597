package org.looplab.cli.command;

import org.looplab.cli.show.ShowDebugging;
import org.looplab.debug.DebugFlag;

/** {@code debug X} / {@code undebug X} / {@code no debug X}; a null flag is {@code all} (off only). */
public record ChangeDebugging(DebugFlag flag, boolean on) implements Command {
    @Override
    public void run(CommandContext context) {
        if (flag == null) {
            context.router().debugging().allOff();
            context.print("All possible debugging has been turned off\n");
            return;
        }
        context.router().debugging().set(flag, on);
        context.print(ShowDebugging.name(flag) + " is " + (on ? "on" : "off") + "\n");
    }
}
