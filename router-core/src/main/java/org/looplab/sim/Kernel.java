package org.looplab.sim;

import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The simulation kernel: a virtual clock and an event queue owned by one thread.
 *
 * <p>All lab state is touched only by the thread that runs events. Other threads (SSH sessions, the lab
 * console) call {@link #submit} and wait on the returned future. Two ways to run the clock:
 * <ul>
 *   <li>as fast as possible: the caller of {@link #runUntil} or {@link #runUntilIdle} owns the kernel for
 *       the duration of the call and time jumps from event to event (tests, benchmarks, the fast-forward at
 *       lab start); any other thread waits meanwhile, its {@link #call} run by the owner between events;</li>
 *   <li>real time: {@link #startRealTime} starts a thread on which virtual time follows the wall clock
 *       multiplied by a speed factor.</li>
 * </ul>
 * With the same inputs and seed, both give the same event history: time never comes from the wall clock
 * inside an event, and randomness comes from {@link #random()}.
 */
public final class Kernel {
    private final EventQueue queue = new EventQueue();
    private final ConcurrentLinkedQueue<Runnable> inbox = new ConcurrentLinkedQueue<>();
    private final Random random;
    private long nowNanos;
    private Consumer<SimEvent> observer = event -> { };

    // Written under ownerChange: a second caller waits for the first one's runUntil to end (its task is
    // run meanwhile from the inbox), never runs events alongside it.
    private volatile Thread owner;
    private final Object ownerChange = new Object();
    private volatile Thread realTimeThread;
    private volatile boolean stopping;
    // Real-time mode: virtual time = anchorVirtual + (System.nanoTime() - anchorWall) * speed.
    private volatile double speed = 1.0;
    private long anchorVirtualNanos;
    private long anchorWallNanos;

    public Kernel(long seed) {
        this.random = new Random(seed);
    }

    /** Current virtual time in nanoseconds since the lab started. */
    public long now() {
        return nowNanos;
    }

    /** The kernel's seeded generator: the only source of randomness for protocol code (timer jitter). */
    public Random random() {
        return random;
    }

    /** Called after each event runs; for traces and determinism tests. Owning thread only. */
    public void setObserver(Consumer<SimEvent> observer) {
        this.observer = observer;
    }

    /** Schedules an action after a delay of virtual time. Owning thread only. */
    public SimEvent schedule(long delayNanos, Runnable action) {
        if (delayNanos < 0) {
            throw new IllegalArgumentException("negative delay " + delayNanos);
        }
        if (realTimeThread != null && !inKernelThread()) {
            // The queue is the kernel thread's alone, and the sleeping kernel would not see the event before
            // the next one it knows of: a foreign thread must submit() instead.
            IllegalStateException misuse = new IllegalStateException(
                    "schedule() on thread " + Thread.currentThread().getName() + ", not the kernel's; use submit()");
            InternalErrors.report("scheduling from a foreign thread (the event is refused)", misuse);
            throw misuse;
        }
        return queue.add(nowNanos + delayNanos, action);
    }

    /** True while the real-time thread runs events; otherwise a caller drives the clock ({@link #runUntil}). */
    public boolean runsInRealTime() {
        return realTimeThread != null;
    }

    /** True on the thread that currently runs events. */
    public boolean inKernelThread() {
        return owner == Thread.currentThread();
    }

    /**
     * Runs a task on the kernel thread at the current virtual time and returns its result. On the kernel
     * thread itself the task runs at once.
     */
    public <T> CompletableFuture<T> submit(Callable<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable wrapped = () -> {
            try {
                result.complete(task.call());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        };
        if (inKernelThread()) {
            wrapped.run();
        } else {
            inbox.add(wrapped);
            Thread thread = realTimeThread;
            if (thread != null) {
                LockSupport.unpark(thread);
            }
        }
        return result;
    }

    /**
     * The outcome of {@code stage}, completed on the kernel thread. A future completed by a foreign thread
     * (a RADIUS answer, a disk write) runs the continuations chained to it on that thread; chaining a
     * {@link #submit} to it does not help, since when the kernel has already run the task the next stage
     * still runs on the foreign thread. Chain on what this returns, on the kernel thread. Without a
     * real-time thread the foreign thread passes the outcome on through {@link #call}: at once when nobody
     * drives the clock (its caller waits on the outcome), else between two of the driver's events.
     */
    public <T> CompletableFuture<T> onKernelThread(CompletionStage<T> stage) {
        CompletableFuture<T> delivered = new CompletableFuture<>();
        stage.whenComplete((value, failure) -> {
            Runnable deliver = () -> {
                if (failure == null) {
                    delivered.complete(value);
                } else {
                    delivered.completeExceptionally(failure);
                }
            };
            if (realTimeThread != null) {
                submit(Executors.callable(deliver));
            } else {
                call(Executors.callable(deliver));
            }
        });
        return delivered;
    }

    /**
     * Runs a task on the kernel thread and waits for it; failures are rethrown unchecked. When no
     * real-time thread runs, the caller becomes the kernel thread for the task (at the current virtual
     * time, after tasks submitted before it, without running later events), so it never waits forever;
     * while another thread drives the clock (the fast-forward at lab start), that thread runs the task
     * between two events.
     */
    public <T> T call(Callable<T> task) {
        CompletableFuture<T> result = submit(task);
        if (!result.isDone() && realTimeThread == null) {
            result.whenComplete((value, failure) -> {
                synchronized (ownerChange) {
                    ownerChange.notifyAll();
                }
            });
            // once real time has started meanwhile, its thread runs the task
            runAsOwnerUnless(() -> result.isDone() || realTimeThread != null, () -> drainAndRunUntil(nowNanos));
        }
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the kernel", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Runs every event up to and including virtual time {@code untilNanos}, then sets the clock to it. */
    public void runUntil(long untilNanos) {
        runAsOwnerUnless(() -> false, () -> drainAndRunUntil(untilNanos));
    }

    private void drainAndRunUntil(long untilNanos) {
        drainInbox(nowNanos);
        SimEvent next;
        while ((next = queue.peek()) != null && next.timeNanos() <= untilNanos) {
            runOne(queue.poll());
            drainInbox(nowNanos);
        }
        nowNanos = Math.max(nowNanos, untilNanos);
    }

    /** Runs events until none is left. */
    public void runUntilIdle() {
        runAsOwnerUnless(() -> false, () -> {
            drainInbox(nowNanos);
            SimEvent next;
            while ((next = queue.poll()) != null) {
                runOne(next);
                drainInbox(nowNanos);
            }
        });
    }

    /** Starts the real-time thread: from now on virtual time follows the wall clock times {@code speed}. */
    public synchronized void startRealTime(double speed) {
        if (realTimeThread != null) {
            throw new IllegalStateException("the kernel already runs in real time");
        }
        stopping = false;
        this.speed = checkedSpeed(speed);
        anchorVirtualNanos = nowNanos;
        anchorWallNanos = System.nanoTime();
        Thread thread = new Thread(this::realTimeLoop, "looplab-kernel");
        thread.setDaemon(true);
        realTimeThread = thread;
        thread.start();
        synchronized (ownerChange) {
            ownerChange.notifyAll(); // a caller waiting for the clock's driver now waits for this thread
        }
    }

    /** Changes how fast virtual time runs against the wall clock (real-time mode). */
    public void setSpeed(double newSpeed) {
        double checked = checkedSpeed(newSpeed);
        call(() -> {
            long virtualNow = realTimeThread != null ? Math.max(nowNanos, wallClockVirtualTime()) : nowNanos;
            anchorVirtualNanos = virtualNow;
            anchorWallNanos = System.nanoTime();
            speed = checked;
            return null;
        });
    }

    public double speed() {
        return speed;
    }

    /** Stops the real-time thread after the event it is running; pending events stay queued. */
    public void stop() {
        Thread thread;
        synchronized (this) {
            thread = realTimeThread;
            stopping = true;
        }
        if (thread != null) {
            LockSupport.unpark(thread);
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!thread.isAlive()) {
                realTimeThread = null; // else the thread still owns the state: nobody else may run events
            }
        }
    }

    private static double checkedSpeed(double speed) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive number, not " + speed);
        }
        return speed;
    }

    /**
     * The wall clock decides when an event is due; the event itself runs at its own virtual time, so a
     * lagging JVM (GC, a busy core) delays events without shifting what they schedule (round-trip times
     * stay those of the links). Tasks from other threads are stamped with the wall clock's virtual time.
     */
    private void realTimeLoop() {
        owner = Thread.currentThread();
        try {
            while (!stopping) {
                long wallVirtual = wallClockVirtualTime();
                drainInbox(Math.max(nowNanos, wallVirtual));
                SimEvent next = queue.peek();
                if (next != null && next.timeNanos() <= wallVirtual) {
                    runSurvivingFailure(queue.poll());
                    continue;
                }
                if (!inbox.isEmpty()) {
                    continue;
                }
                nowNanos = Math.max(nowNanos, wallVirtual); // idle: the clock shows the wall time
                // Sleeping until the next event misses nothing: other threads reach the queue only through
                // the inbox, which unparks this thread (schedule refuses them), and an unpark that comes
                // before the park makes it return at once.
                if (next == null) {
                    LockSupport.park(this);
                } else {
                    long wallWait = (long) ((next.timeNanos() - wallVirtual) / speed);
                    LockSupport.parkNanos(this, Math.max(wallWait, 1_000));
                }
            }
        } finally {
            owner = null;
        }
    }

    private long wallClockVirtualTime() {
        long wallElapsed = System.nanoTime() - anchorWallNanos;
        return anchorVirtualNanos + (long) (wallElapsed * speed);
    }

    /**
     * Runs {@code body} as the kernel's only owner: waits while another thread drives the clock, and gives
     * up when {@code done} comes true meanwhile. The owner may call in again (an event calling runUntil).
     */
    private void runAsOwnerUnless(BooleanSupplier done, Runnable body) {
        Thread me = Thread.currentThread();
        Thread previous;
        synchronized (ownerChange) {
            while (owner != null && owner != me && !done.getAsBoolean() && realTimeThread == null) {
                try {
                    ownerChange.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the kernel", e);
                }
            }
            if (done.getAsBoolean()) {
                return;
            }
            if (realTimeThread != null) {
                throw new IllegalStateException("the kernel runs in real time; use submit()");
            }
            previous = owner;
            owner = me;
        }
        try {
            body.run();
        } finally {
            synchronized (ownerChange) {
                owner = previous;
                ownerChange.notifyAll();
            }
        }
    }

    /** Tasks from other threads become events at the given time, in the order they arrived. */
    private void drainInbox(long atNanos) {
        Runnable task;
        while ((task = inbox.poll()) != null) {
            queue.add(atNanos, task);
        }
    }

    /** In real time a failing event must not stop the lab: report it on stderr, never to a user. */
    private void runSurvivingFailure(SimEvent event) {
        try {
            runOne(event);
        } catch (RuntimeException | AssertionError failure) {
            InternalErrors.report("in an event at " + event.timeNanos() + " ns (the lab goes on)", failure);
        }
    }

    private void runOne(SimEvent event) {
        nowNanos = Math.max(nowNanos, event.timeNanos());
        event.run();
        observer.accept(event);
    }
}
