package org.looplab.cli.command;

/** {@code exit} in a configuration mode: to the parent mode. */
public record ExitMode() implements Command {
    @Override
    public void run(CommandContext context) {
        context.exitMode();
    }
}
