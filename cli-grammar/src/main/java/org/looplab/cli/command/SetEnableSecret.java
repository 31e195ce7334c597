package org.looplab.cli.command;

import org.looplab.config.Secret;

/** {@code enable secret [0|5|8|9] TEXT} and {@code enable password [0|7] TEXT}. */
public record SetEnableSecret(SecretText secret) implements Command {
    @Override
    public void run(CommandContext context) {
        Secret hashed = secret.toSecret(context.router().kernel().random());
        if (hashed == null) {
            context.print(secret.refusal());
            return;
        }
        if (secret.password()) {
            context.router().setEnablePassword(hashed);
        } else {
            context.router().setEnableSecret(hashed);
        }
    }
}
