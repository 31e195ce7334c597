package org.looplab.cli.command;

/** {@code ping} alone: IOS's extended ping dialog in privileged EXEC; user EXEC needs a target. */
public record StartExtendedPing() implements Command {
    @Override
    public void run(CommandContext context) {
        if (context.privilege() < 15) {
            context.print("% Incomplete command.\n\n");
            return;
        }
        context.ask(new ExtendedPingDialog());
    }
}
