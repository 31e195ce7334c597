package org.looplab.cli.show;

import org.looplab.cli.config.RunningConfigWriter;
import org.looplab.cli.privilege.VisibleConfig;
import org.looplab.router.Router;

/** {@code show running-config}: IOS's header, then the configuration text. */
public final class ShowRunningConfig {
    private ShowRunningConfig() {
    }

    /** What a session at privilege {@code level} sees: below 15 only what it may configure. */
    public static String render(Router router, int level) {
        String config = VisibleConfig.of(router, level, RunningConfigWriter.render(router));
        return "Building configuration...\n\nCurrent configuration : " + config.length() + " bytes\n" + config;
    }
}
