package org.looplab.cli.command;

/** {@code no enable secret} or {@code no enable password}. */
public record RemoveEnableSecret(boolean password) implements Command {
    public RemoveEnableSecret() {
        this(false);
    }

    @Override
    public void run(CommandContext context) {
        if (password) {
            context.router().setEnablePassword(null);
        } else {
            context.router().setEnableSecret(null);
        }
    }
}
