package org.looplab.cli.command;

/**
 * {@code enable}: asks for the enable secret when one is set. With none set it goes straight to
 * privileged EXEC; a deviation from IOS on vty lines, which refuses with "% No password set".
 */
public record Enable() implements Command {
    @Override
    public void run(CommandContext context) {
        if (context.privilege() >= 15) {
            return;
        }
        if (context.router().enableCheck() == null) {
            context.setPrivilege(15);
        } else {
            context.ask(new EnableSecretQuestion());
        }
    }
}
