package org.looplab.cli.command;

import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import org.looplab.cli.show.ShowInterfaces;
import org.looplab.cli.show.ShowIpInterfaceBrief;
import org.looplab.cli.show.ShowLogging;
import org.looplab.cli.show.ShowRunningConfig;
import org.looplab.cli.show.ShowStartupConfig;
import org.looplab.cli.show.ShowVersion;
import org.looplab.router.Interface;
import org.looplab.router.Router;
import org.looplab.store.ConfigStore;
import org.looplab.store.StoreFailure;

/** The {@code show} commands: which report, and the interface of {@code show interfaces NAME}. */
public record Show(Report report, Interface only) implements Command {
    public enum Report {
        INTERFACES,
        IP_INTERFACE_BRIEF,
        LOGGING,
        RUNNING_CONFIG,
        STARTUP_CONFIG,
        VERSION
    }

    @Override
    public void run(CommandContext context) {
        Router router = context.router();
        if (report == Report.STARTUP_CONFIG) {
            context.defer(startupConfig(router));
            return;
        }
        context.print(switch (report) {
            case INTERFACES -> ShowInterfaces.render(router, only);
            case IP_INTERFACE_BRIEF -> ShowIpInterfaceBrief.render(router);
            case LOGGING -> ShowLogging.render(router);
            case RUNNING_CONFIG -> ShowRunningConfig.render(router, context.privilege());
            case STARTUP_CONFIG -> throw new IllegalStateException("read on the store thread");
            case VERSION -> ShowVersion.render(router);
        });
    }

    /** Read by the store thread: the kernel thread does no disk I/O. */
    private static CompletableFuture<String> startupConfig(Router router) {
        ConfigStore store = router.lab().configStore();
        // Until a save, the startup-config is the one the router booted from (the topology's file).
        String booted = router.startupConfigText();
        if (store == null) {
            return CompletableFuture.completedFuture(ShowStartupConfig.render(booted));
        }
        String lab = router.lab().name();
        String name = router.name();
        return StoreThread.run(() -> {
            try {
                return ShowStartupConfig.render(store.loadStartupConfig(lab, name).orElse(booted));
            } catch (SQLException e) {
                return "%Error opening nvram:startup-config (" + StoreFailure.reason(e) + ")\n";
            }
        });
    }
}
