package org.looplab.cli.command;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The one thread that does the H2 store's disk I/O for CLI commands ({@code write memory}, {@code show
 * startup-config}), so a save never stalls the kernel thread and with it every router's timers. One
 * thread keeps saves in the order they were typed.
 */
public final class StoreThread {
    private static final Executor EXECUTOR = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "looplab-config-store");
        thread.setDaemon(true);
        return thread;
    });

    private StoreThread() {
    }

    /** Runs {@code io} on the store thread; the future completes with its text. */
    public static CompletableFuture<String> run(Supplier<String> io) {
        return CompletableFuture.supplyAsync(io, EXECUTOR);
    }
}
