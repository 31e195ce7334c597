package org.looplab.cli.command;

/** {@code no ip address}. */
public record RemoveAddress() implements Command {
    @Override
    public void run(CommandContext context) {
        context.router().removeAddress(context.currentInterface());
    }
}
