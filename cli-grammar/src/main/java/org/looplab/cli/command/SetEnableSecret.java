package org.looplab.cli.command;

import org.looplab.config.Secret;

/** {@code enable secret [0|5] TEXT}. */
public record SetEnableSecret(SecretText secret) implements Command {
    @Override
    public void run(CommandContext context) {
        Secret hashed = secret.toSecret(context.router().kernel().random());
        if (hashed == null) {
            context.print(SecretText.INVALID_TYPE_5);
            return;
        }
        context.router().setEnableSecret(hashed);
    }
}
