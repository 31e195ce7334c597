package org.looplab.cli.show;

import org.looplab.cli.config.RunningConfigWriter;
import org.looplab.router.Router;

/** {@code show running-config}: IOS's header, then the configuration text. */
public final class ShowRunningConfig {
    private ShowRunningConfig() {
    }

    public static String render(Router router) {
        String config = RunningConfigWriter.render(router);
        return "Building configuration...\n\nCurrent configuration : " + config.length() + " bytes\n" + config;
    }
}
