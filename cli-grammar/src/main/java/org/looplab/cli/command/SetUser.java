package org.looplab.cli.command;

import org.looplab.config.Secret;
import org.looplab.config.UserAccount;

/** {@code username NAME [privilege N] secret [0|5] TEXT}. */
public record SetUser(String name, int privilege, SecretText secret) implements Command {
    @Override
    public void run(CommandContext context) {
        Secret hashed = secret.toSecret(context.router().kernel().random());
        if (hashed == null) {
            context.print(SecretText.INVALID_TYPE_5);
            return;
        }
        context.router().putUser(new UserAccount(name, privilege, hashed));
    }
}
