package org.looplab.cli.command;

import java.sql.SQLException;
import org.looplab.cli.archive.ArchiveCopy;
import org.looplab.cli.config.RunningConfigWriter;
import org.looplab.files.ConfigArchive;
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
        ConfigArchive archive = router.attachmentIfPresent(ConfigArchive.class);
        ArchiveCopy copy = archive != null && archive.writeMemory() ? ArchiveCopy.make(router, text) : null;
        context.defer(StoreThread.run(() -> {
            try {
                store.saveStartupConfig(lab, name, text);
                if (copy != null) {
                    copy.persist(store); // archive's write-memory: a copy of what was saved
                }
                router.kernel().submit(() -> {
                    router.setStartupConfigText(text); // what a reload boots from now
                    return null;
                });
                return "[OK]\n";
            } catch (SQLException e) {
                if (copy != null) {
                    router.kernel().submit(() -> {
                        copy.undo();
                        return null;
                    });
                }
                // One IOS line, no [OK]; the store reconnects on the next save, so a retry after the
                // space has come back succeeds.
                return "%Error writing nvram:startup-config (" + StoreFailure.reason(e) + ")\n";
            }
        }));
    }
}
