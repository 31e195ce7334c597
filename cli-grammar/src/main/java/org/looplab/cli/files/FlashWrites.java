package org.looplab.cli.files;

import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongFunction;
import org.looplab.cli.command.CommandContext;
import org.looplab.cli.command.StoreThread;
import org.looplab.files.Flash;
import org.looplab.files.StoredFile;
import org.looplab.router.Router;
import org.looplab.store.ConfigStore;
import org.looplab.store.StoreFailure;

/**
 * Changes to a router's flash: the router sees them at once (kernel thread), the lab's store gets them on
 * the store thread, and the command's answer comes once they are on disk. A write the store refuses is
 * taken back and answered with IOS's {@code %Error writing URL (REASON)}. A lab without a store (a test, a
 * scratch router) keeps its flash in memory only.
 */
public final class FlashWrites {
    private FlashWrites() {
    }

    /** The router clock's time now: a file's date in dir. */
    public static Instant now(Router router) {
        return router.lab().calendarAt(router.kernel().now());
    }

    /** Writes {@code content} as flash file {@code name}; {@code done} gets the store's elapsed nanoseconds. */
    public static void put(CommandContext context, String name, byte[] content, LongFunction<String> done) {
        context.defer(write(context.router(), name, content, done));
    }

    /** {@link #put} for a writer that is not a command (an output pipe): the answer once on disk. */
    public static CompletableFuture<String> write(Router router, String name, byte[] content, LongFunction<String> done) {
        Flash flash = Flash.of(router);
        StoredFile previous = flash.get(name);
        StoredFile file = new StoredFile(name, content, now(router));
        flash.put(file);
        return persist(router, store -> store.saveFile(router.lab().name(), router.name(), file), done,
                () -> flash.restore(name, previous), "%Error writing " + FileUrl.parse("flash0:" + name).display());
    }

    /** Deletes flash file {@code name}; {@code done} is printed once the store has forgotten it. */
    public static void remove(CommandContext context, String name, String done) {
        Router router = context.router();
        Flash flash = Flash.of(router);
        StoredFile previous = flash.remove(name);
        context.defer(persist(router, store -> store.deleteFile(router.lab().name(), router.name(), name),
                elapsed -> done, () -> flash.restore(name, previous),
                "%Error deleting " + FileUrl.parse("flash0:" + name).display()));
    }

    /** A store operation of one file. */
    @FunctionalInterface
    public interface StoreWork {
        void on(ConfigStore store) throws SQLException;
    }

    /** Runs {@code work} on the store thread (at once without a store); {@code undo} on the kernel if it fails. */
    public static CompletableFuture<String> persist(Router router, StoreWork work, LongFunction<String> done,
            Runnable undo, String error) {
        ConfigStore store = router.lab().configStore();
        if (store == null) {
            return CompletableFuture.completedFuture(done.apply(0));
        }
        return StoreThread.run(() -> {
            long start = System.nanoTime();
            try {
                work.on(store);
                return done.apply(System.nanoTime() - start);
            } catch (SQLException e) {
                router.kernel().submit(() -> {
                    undo.run();
                    return null;
                });
                return error + " (" + StoreFailure.reason(e) + ")\n";
            }
        });
    }

    /** {@code N bytes copied in S secs (R bytes/sec)}, IOS's line after a copy. */
    public static String copied(long bytes, long elapsedNanos) {
        long millis = Math.max(1, elapsedNanos / 1_000_000);
        return String.format("%d bytes copied in %d.%03d secs (%d bytes/sec)\n", bytes, millis / 1000, millis % 1000,
                bytes * 1000 / millis);
    }
}
