package org.looplab.cli.command;

/** {@code no username NAME}. */
public record RemoveUser(String name) implements Command {
    @Override
    public void run(CommandContext context) {
        context.router().removeUser(name);
    }
}
