package org.looplab.console;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.looplab.cli.config.RunningConfigWriter;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.store.ConfigStore;
import org.looplab.store.StoreFailure;

/**
 * The console's {@code save}: {@code write memory} on every router at once. The running-configs are
 * rendered together on the kernel thread (one instant of the lab), then written by the console's thread,
 * each acknowledged only once it is on disk, as the routers' own {@code [OK]}.
 */
final class SaveAll {
    private SaveAll() {
    }

    static List<String> run(Lab lab) {
        ConfigStore store = lab.configStore();
        if (store == null) {
            return List.of("this lab has no store to save to");
        }
        Map<String, String> configs = lab.kernel().call(() -> {
            Map<String, String> rendered = new java.util.LinkedHashMap<>();
            for (Router router : lab.routers()) {
                if (router.isPoweredOn()) {
                    rendered.put(router.name(), RunningConfigWriter.render(router));
                }
            }
            return rendered;
        });
        List<String> lines = new ArrayList<>();
        int saved = 0;
        for (Router router : lab.routers()) {
            String text = configs.get(router.name());
            if (text == null) {
                lines.add(router.name() + ": not saved: the router has no power");
                continue;
            }
            try {
                store.saveStartupConfig(lab.name(), router.name(), text);
                lab.kernel().call(() -> {
                    router.setStartupConfigText(text);
                    return null;
                });
                lines.add(router.name() + ": [OK]");
                saved++;
            } catch (SQLException e) {
                // The routers' own words (StoreFailure), never the driver's text.
                lines.add(router.name() + ": %Error writing nvram:startup-config (" + StoreFailure.reason(e) + ")");
            }
        }
        lines.add("saved " + saved + " of " + lab.routers().size() + " startup-configs; the next start boots from them"
                + " (looplab run --reset forgets them)");
        return lines;
    }
}
