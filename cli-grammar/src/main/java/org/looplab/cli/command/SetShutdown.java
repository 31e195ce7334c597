package org.looplab.cli.command;

/** {@code shutdown} / {@code no shutdown}. */
public record SetShutdown(boolean shutdown) implements Command {
    @Override
    public void run(CommandContext context) {
        context.router().setShutdown(context.currentInterface(), shutdown);
    }
}
