package org.looplab.cli.command;

import org.looplab.aaa.EnableLevelSecrets;
import org.looplab.config.Secret;

/** {@code enable secret [level N] [0|5|8|9] TEXT} and {@code enable password [level N] [0|7] TEXT}. */
public record SetEnableSecret(SecretText secret, int level) implements Command {
    public SetEnableSecret(SecretText secret) {
        this(secret, 15);
    }

    @Override
    public void run(CommandContext context) {
        Secret hashed = secret.toSecret(context.router().kernel().random());
        if (hashed == null) {
            context.print(secret.refusal());
            return;
        }
        if (level < 15) {
            EnableLevelSecrets.of(context.router()).set(level, secret.password(), hashed);
        } else if (secret.password()) {
            context.router().setEnablePassword(hashed);
        } else {
            context.router().setEnableSecret(hashed);
        }
    }
}
