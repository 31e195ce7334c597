package org.looplab.lab;

import java.util.function.Consumer;
import org.looplab.sim.Kernel;

/**
 * Runs a lab's clock as fast as possible until routing is quiet: no change anywhere ({@link RoutingActivity})
 * for a settling period of virtual time, or a cap is reached. The settling period is longer than the
 * longest silent wait of a forming adjacency (OSPF's 40 s wait timer on a broadcast segment), so a lab is
 * not called converged while its designated routers are still being elected.
 */
public final class Convergence {
    public static final long SECOND = 1_000_000_000L;
    /** Quiet virtual time after the last change before routing counts as converged. */
    public static final long DEFAULT_QUIET_NANOS = 60 * SECOND;
    /** Virtual time after which a lab that never goes quiet is started anyway. */
    public static final long DEFAULT_CAP_NANOS = 15 * 60 * SECOND;
    /** Wall time between two progress lines. */
    private static final long PROGRESS_WALL_NANOS = 1_000_000_000L;
    /** The clock advances by this much virtual time between two looks at the activity. */
    private static final long STEP_NANOS = SECOND;

    /**
     * What a run to convergence found.
     *
     * @param converged     true when routing went quiet; false when the cap came first
     * @param lastChange    virtual time of the last routing change (the convergence time)
     * @param stoppedAt     virtual time at which the clock was left
     * @param changes       routing changes seen during the run
     * @param wallNanos     wall time the run took
     */
    public record Result(boolean converged, long lastChange, long stoppedAt, long changes, long wallNanos) {
        /** {@code converged at 00:00:58 virtual in 0.4 s}, or why not. */
        public String describe() {
            String wall = String.format(java.util.Locale.ROOT, "%.1f s", wallNanos / 1e9);
            if (converged) {
                return "converged at " + clock(lastChange) + " virtual in " + wall;
            }
            return "routing still changing at " + clock(stoppedAt) + " virtual (last change at "
                    + clock(lastChange) + "), given up after " + wall;
        }
    }

    /** A progress report while converging: virtual time reached, changes so far, time of the last one. */
    public record Progress(long virtualNanos, long changes, long lastChange) {
        public String describe() {
            return "converging: " + clock(virtualNanos) + " virtual, " + changes + " routing changes, last at "
                    + clock(lastChange);
        }
    }

    private Convergence() {
    }

    /**
     * Runs the kernel (which must not be in real time) until {@code quietNanos} pass without a change
     * or {@code capNanos} of virtual time pass; progress is reported about once a wall-clock second.
     */
    public static Result runUntilQuiet(Kernel kernel, RoutingActivity activity, long quietNanos, long capNanos,
            Consumer<Progress> progress) {
        long wallStart = System.nanoTime();
        long nextProgress = wallStart + PROGRESS_WALL_NANOS;
        long start = kernel.now();
        long changesBefore = kernel.call(activity::changes);
        while (true) {
            long lastChange = kernel.call(activity::lastChangeNanos);
            long now = kernel.now();
            long changes = kernel.call(activity::changes) - changesBefore;
            if (now - lastChange >= quietNanos) {
                return new Result(true, lastChange, now, changes, System.nanoTime() - wallStart);
            }
            if (now - start >= capNanos) {
                return new Result(false, lastChange, now, changes, System.nanoTime() - wallStart);
            }
            long wall = System.nanoTime();
            if (wall >= nextProgress) {
                progress.accept(new Progress(now, changes, lastChange));
                nextProgress = wall + PROGRESS_WALL_NANOS;
            }
            long next = Math.min(lastChange + quietNanos, now + STEP_NANOS);
            kernel.runUntil(Math.min(next, start + capNanos));
        }
    }

    /** Virtual time as {@code hh:mm:ss}. */
    public static String clock(long nanos) {
        long seconds = nanos / SECOND;
        return String.format(java.util.Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
