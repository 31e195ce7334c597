package org.looplab.cli.command;

import org.looplab.aaa.EnableLevelSecrets;

/**
 * {@code enable [N]}: to privilege level N (15 without one), asking for that level's enable secret when
 * one is set. Going down needs no secret. With none set, the console goes straight up, and a vty line
 * refuses with "% No password set", as IOS does.
 */
public record Enable(int level) implements Command {
    public Enable() {
        this(15);
    }

    @Override
    public void run(CommandContext context) {
        if (context.privilege() >= level) {
            context.setPrivilege(Math.min(context.privilege(), level));
            return;
        }
        if (EnableLevelSecrets.check(context.router(), level) != null) {
            context.ask(new EnableSecretQuestion(level));
        } else if (context.vtySession() != null) {
            context.print("% No password set\n");
        } else {
            context.setPrivilege(level);
        }
    }
}
