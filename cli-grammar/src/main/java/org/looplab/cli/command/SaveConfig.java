package org.looplab.cli.command;

import java.sql.SQLException;
import org.looplab.cli.config.RunningConfigWriter;
import org.looplab.router.Router;
import org.looplab.store.ConfigStore;

/** {@code write memory}: saves the running-config as the startup-config; [OK] once it is on disk. */
public record SaveConfig() implements Command {
    @Override
    public void run(CommandContext context) {
        Router router = context.router();
        context.print("Building configuration...\n");
        ConfigStore store = router.lab().configStore();
        if (store == null) {
            context.print("%Error opening nvram:startup-config (No such device)\n");
            return;
        }
        try {
            store.saveStartupConfig(router.lab().name(), router.name(), RunningConfigWriter.render(router));
            context.print("[OK]\n");
        } catch (SQLException e) {
            context.print("%Error writing nvram:startup-config (" + e.getMessage().lines().findFirst().orElse("I/O error") + ")\n");
        }
    }
}
