package org.looplab.cli.files;

import org.looplab.cli.command.Command;
import org.looplab.cli.command.CommandContext;
import org.looplab.router.Router;

/**
 * {@code erase startup-config}, {@code erase nvram:} and {@code write erase}: IOS asks first (file prompt
 * quiet or not), then nvram: holds no startup-config, on disk before {@code [OK]}. The running-config
 * stays; a reload (or the lab's next start) boots the kind's default config, as a containerlab node
 * without a startup-config (see {@code RouterReload.bootConfig}).
 */
public record EraseNvram() implements Command {
    @Override
    public void run(CommandContext context) {
        Prompt.confirmAlways(context, "Erasing the nvram filesystem will remove all configuration files! Continue? ",
                () -> erase(context));
    }

    private static void erase(CommandContext context) {
        Router router = context.router();
        String previous = router.startupConfigText();
        router.setStartupConfigText(null);
        context.defer(FlashWrites.persist(router,
                store -> store.saveStartupConfig(router.lab().name(), router.name(), null),
                elapsed -> {
                    router.kernel().submit(() -> {
                        router.log("%SYS-7-NV_BLOCK_INIT: Initialized the geometry of nvram");
                        return null;
                    });
                    return "[OK]\nErase of nvram: complete\n";
                },
                () -> router.setStartupConfigText(previous), "%Error erasing nvram:"));
    }
}
