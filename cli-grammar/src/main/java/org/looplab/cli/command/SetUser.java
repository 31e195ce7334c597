package org.looplab.cli.command;

import org.looplab.config.Secret;
import org.looplab.config.UserAccount;

/** {@code username NAME [privilege N] [algorithm-type A] {secret [0|5|8|9] | password [0|7]} TEXT}. */
public record SetUser(String name, int privilege, SecretText secret) implements Command {
    @Override
    public void run(CommandContext context) {
        Secret hashed = secret.toSecret(context.router().kernel().random());
        if (hashed == null) {
            context.print(secret.refusal());
            return;
        }
        context.router().putUser(new UserAccount(name, privilege, hashed));
    }
}
