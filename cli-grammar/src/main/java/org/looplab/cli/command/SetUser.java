package org.looplab.cli.command;

import org.looplab.config.Secret;
import org.looplab.config.UserAccount;

/**
 * {@code username NAME [privilege N] [algorithm-type A] [secret [0|5|8|9] | password [0|7] TEXT]}. Without
 * a secret an existing user keeps theirs (IOS merges the line into the account); a new one has none and
 * cannot log in with a password.
 */
public record SetUser(String name, int privilege, SecretText secret) implements Command {
    @Override
    public void run(CommandContext context) {
        Secret hashed;
        if (secret == null) {
            UserAccount existing = context.router().user(name);
            hashed = existing == null ? null : existing.secret();
        } else {
            hashed = secret.toSecret(context.router().kernel().random());
            if (hashed == null) {
                context.print(secret.refusal());
                return;
            }
        }
        context.router().putUser(new UserAccount(name, privilege, hashed));
    }
}
