package org.looplab.cli.command;

/** {@code terminal monitor} and {@code terminal no monitor}: the router's log messages shown live here. */
public record SetTerminalMonitor(boolean on) implements Command {
    @Override
    public void run(CommandContext context) {
        context.setMonitor(on);
    }
}
