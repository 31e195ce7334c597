package org.looplab.cli.command;

import org.looplab.cli.config.RouterReload;
import org.looplab.router.Router;
import org.looplab.router.VtySessions;

/**
 * {@code reload}: IOS asks {@code Proceed with reload? [confirm]}; Enter (or y) reboots the router from
 * its startup-config ({@link RouterReload}) and the session ends with it, as a vty session does when the
 * router goes down; anything else leaves things as they were.
 */
public record Reload() implements Command {
    @Override
    public void run(CommandContext context) {
        context.ask(new Confirmation("Proceed with reload? [confirm]", Reload::reload));
    }

    private static void reload(CommandContext context) {
        Router router = context.router();
        VtySessions.Session vty = context.vtySession();
        String by = vty == null ? "console"
                : context.userName() + " on vty" + vty.vty() + " (" + context.peerAddress() + ")";
        RouterReload.reload(router, router.startupConfigText(), by);
        context.close();
    }
}
