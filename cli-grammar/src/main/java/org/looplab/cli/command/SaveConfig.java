package org.looplab.cli.command;

import java.sql.SQLException;
import org.looplab.cli.config.RunningConfigWriter;
import org.looplab.router.Router;
import org.looplab.store.ConfigStore;
import org.looplab.store.StoreFailure;

/**
 * {@code write memory}: saves the running-config as the startup-config. The text is rendered on the
 * kernel thread (it reads the router), written by the store thread; [OK] comes once it is on disk.
 */
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
        String lab = router.lab().name();
        String name = router.name();
        String text = RunningConfigWriter.render(router);
        context.defer(StoreThread.run(() -> {
            try {
                store.saveStartupConfig(lab, name, text);
                router.kernel().submit(() -> {
                    router.setStartupConfigText(text); // what a reload boots from now
                    return null;
                });
                return "[OK]\n";
            } catch (SQLException e) {
                // One IOS line, no [OK]; the store reconnects on the next save, so a retry after the
                // space has come back succeeds.
                return "%Error writing nvram:startup-config (" + StoreFailure.reason(e) + ")\n";
            }
        }));
    }
}
