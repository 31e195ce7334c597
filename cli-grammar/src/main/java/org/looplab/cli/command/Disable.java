package org.looplab.cli.command;

/** {@code disable}: back to user EXEC. */
public record Disable() implements Command {
    @Override
    public void run(CommandContext context) {
        context.setPrivilege(1);
    }
}
