package org.looplab.cli.command;

import org.looplab.cli.mode.Modes;

/** {@code configure terminal}. */
public record ConfigureTerminal() implements Command {
    @Override
    public void run(CommandContext context) {
        context.print("Enter configuration commands, one per line.  End with CNTL/Z.\n");
        context.enterMode(Modes.CONFIG, null);
    }
}
