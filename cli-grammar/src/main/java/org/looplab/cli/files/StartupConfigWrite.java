package org.looplab.cli.files;

import java.util.concurrent.CompletableFuture;
import java.util.function.LongFunction;
import org.looplab.cli.command.CommandContext;
import org.looplab.router.Router;

/** A new nvram:startup-config from a file: what a reload boots from, on disk before the answer. */
final class StartupConfigWrite {
    private StartupConfigWrite() {
    }

    static void write(CommandContext context, String text, LongFunction<String> done) {
        context.defer(write(context.router(), text, done));
    }

    static CompletableFuture<String> write(Router router, String text, LongFunction<String> done) {
        String previous = router.startupConfigText();
        router.setStartupConfigText(text);
        return FlashWrites.persist(router, store -> store.saveStartupConfig(router.lab().name(), router.name(), text),
                done, () -> router.setStartupConfigText(previous), "%Error writing nvram:startup-config");
    }
}
