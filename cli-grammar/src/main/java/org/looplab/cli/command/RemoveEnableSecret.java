package org.looplab.cli.command;

/** {@code no enable secret}. */
public record RemoveEnableSecret() implements Command {
    @Override
    public void run(CommandContext context) {
        context.router().setEnableSecret(null);
    }
}
