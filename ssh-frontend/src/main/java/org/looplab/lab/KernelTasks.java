package org.looplab.lab;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.looplab.sim.Kernel;

/**
 * Runs work on a kernel that is not yet running in real time: the task goes through the kernel's inbox
 * and the caller drives the kernel up to the current virtual time, so the task runs as a kernel event
 * (with the kernel's ownership checks satisfied) without running future timers.
 */
final class KernelTasks {
    private KernelTasks() {
    }

    static <T> T runBeforeStart(Kernel kernel, Callable<T> task) {
        CompletableFuture<T> result = kernel.submit(task);
        kernel.runUntil(kernel.now());
        try {
            return result.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }
}
