package org.looplab.cli.command;

/** {@code end} (and Ctrl-Z): back to privileged EXEC. */
public record EndConfiguration() implements Command {
    @Override
    public void run(CommandContext context) {
        context.endConfiguration();
    }
}
