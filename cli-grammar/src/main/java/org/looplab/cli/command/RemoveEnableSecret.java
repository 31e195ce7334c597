package org.looplab.cli.command;

import org.looplab.aaa.EnableLevelSecrets;

/** {@code no enable secret [level N]} or {@code no enable password [level N]}. */
public record RemoveEnableSecret(boolean password, int level) implements Command {
    public RemoveEnableSecret() {
        this(false, 15);
    }

    @Override
    public void run(CommandContext context) {
        if (level < 15) {
            EnableLevelSecrets.of(context.router()).set(level, password, null);
        } else if (password) {
            context.router().setEnablePassword(null);
        } else {
            context.router().setEnableSecret(null);
        }
    }
}
