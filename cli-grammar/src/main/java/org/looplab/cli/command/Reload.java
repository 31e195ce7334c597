package org.looplab.cli.command;

import org.looplab.cli.config.RouterReload;
import org.looplab.router.Router;

/**
 * {@code reload}: IOS asks {@code Proceed with reload? [confirm]}; Enter (or y) reboots the router from
 * its startup-config ({@link RouterReload}) and the session ends with it, as a vty session does when the
 * router goes down; anything else leaves things as they were.
 */
public record Reload() implements Command {
    @Override
    public void run(CommandContext context) {
        context.ask(new Confirmation("Proceed with reload? [confirm]", confirmed -> {
            Router router = confirmed.router();
            RouterReload.reload(router, RouterReload.bootConfig(router), confirmed.requester());
            confirmed.close();
        }));
    }
}
