package org.looplab.cli.command;

/**
 * {@code enable}: asks for the enable secret when one is set. With none set, the console goes straight to
 * privileged EXEC, and a vty line refuses with "% No password set", as IOS does.
 */
public record Enable() implements Command {
    @Override
    public void run(CommandContext context) {
        if (context.privilege() >= 15) {
            return;
        }
        if (context.router().enableCheck() != null) {
            context.ask(new EnableSecretQuestion());
        } else if (context.vtySession() != null) {
            context.print("% No password set\n");
        } else {
            context.setPrivilege(15);
        }
    }
}
