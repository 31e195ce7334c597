package org.looplab.cli.command;

/** {@code exit}, {@code logout} or {@code quit} in EXEC: the session ends. */
public record CloseSession() implements Command {
    @Override
    public void run(CommandContext context) {
        context.close();
    }
}
