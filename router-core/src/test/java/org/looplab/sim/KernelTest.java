package org.looplab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class KernelTest {
    @Test
    void eventsRunInTimeOrderAndEqualTimesInSchedulingOrder() {
        Kernel kernel = new Kernel(1);
        List<String> order = new ArrayList<>();
        kernel.schedule(30, () -> order.add("c@30"));
        kernel.schedule(10, () -> order.add("a@10"));
        kernel.schedule(20, () -> order.add("b1@20"));
        kernel.schedule(20, () -> order.add("b2@20"));
        kernel.schedule(20, () -> order.add("b3@20"));
        kernel.runUntilIdle();
        assertEquals(List.of("a@10", "b1@20", "b2@20", "b3@20", "c@30"), order);
        assertEquals(30, kernel.now());
    }

    @Test
    void runUntilStopsAtTheGivenTimeAndAdvancesTheClock() {
        Kernel kernel = new Kernel(1);
        List<Long> ran = new ArrayList<>();
        kernel.schedule(5, () -> ran.add(kernel.now()));
        kernel.schedule(15, () -> ran.add(kernel.now()));
        kernel.runUntil(10);
        assertEquals(List.of(5L), ran);
        assertEquals(10, kernel.now());
        kernel.runUntil(15);
        assertEquals(List.of(5L, 15L), ran);
    }

    @Test
    void cancelledEventsDoNotRun() {
        Kernel kernel = new Kernel(1);
        List<String> ran = new ArrayList<>();
        SimEvent timer = kernel.schedule(10, () -> ran.add("timer"));
        kernel.schedule(5, timer::cancel);
        kernel.runUntilIdle();
        assertTrue(ran.isEmpty());
    }

    @Test
    void eventsScheduledFromEventsUseTheCurrentVirtualTime() {
        Kernel kernel = new Kernel(1);
        List<Long> times = new ArrayList<>();
        kernel.schedule(100, () -> kernel.schedule(50, () -> times.add(kernel.now())));
        kernel.runUntilIdle();
        assertEquals(List.of(150L), times);
    }

    @Test
    void sameSeedGivesTheSameHistoryAndAnotherSeedAnother() {
        assertEquals(history(42), history(42));
        assertNotEquals(history(42), history(43));
    }

    /** A little protocol with jittered timers; returns every event as "time:sequence:label". */
    private static List<String> history(long seed) {
        Kernel kernel = new Kernel(seed);
        List<String> trace = new ArrayList<>();
        for (int node = 0; node < 5; node++) {
            int id = node;
            Runnable[] hello = new Runnable[1];
            hello[0] = () -> {
                trace.add(kernel.now() + ":hello" + id);
                if (kernel.now() < 60_000_000_000L) {
                    long jitter = kernel.random().nextInt(1_000_000_000);
                    kernel.schedule(10_000_000_000L - jitter, hello[0]);
                }
            };
            kernel.schedule(kernel.random().nextInt(1_000_000), hello[0]);
        }
        kernel.setObserver(event -> trace.add("#" + event.timeNanos() + "/" + event.sequence()));
        kernel.runUntilIdle();
        return trace;
    }

    @Test
    void submittedTasksRunOnTheKernelThreadInRealTime() throws Exception {
        Kernel kernel = new Kernel(1);
        kernel.startRealTime(1.0);
        try {
            CompletableFuture<Boolean> onKernel = kernel.submit(kernel::inKernelThread);
            assertTrue(onKernel.get(5, TimeUnit.SECONDS));
            assertThrows(IllegalStateException.class, kernel::runUntilIdle);
        } finally {
            kernel.stop();
        }
    }

    @Test
    void realTimeRunsTimersAtAHigherSpeed() throws Exception {
        Kernel kernel = new Kernel(1);
        CompletableFuture<Long> fired = new CompletableFuture<>();
        kernel.schedule(3_000_000_000L, () -> fired.complete(kernel.now()));
        // 3 virtual seconds at 1000x take 3 ms of wall time; the future, not a sleep, waits for it.
        kernel.startRealTime(1000.0);
        try {
            assertTrue(fired.get(10, TimeUnit.SECONDS) >= 3_000_000_000L);
        } finally {
            kernel.stop();
        }
    }

    @Test
    void callWithoutARealTimeThreadRunsTheTaskNowAndNoLaterEvent() {
        Kernel kernel = new Kernel(1);
        List<String> ran = new ArrayList<>();
        kernel.schedule(10, () -> ran.add("timer"));
        kernel.submit(() -> ran.add("earlier task"));
        assertEquals("result", kernel.call(() -> {
            ran.add("call");
            return "result";
        }));
        assertEquals(List.of("earlier task", "call"), ran);
        assertEquals(0, kernel.now());
    }

    @Test
    void aLateEventInRealTimeRunsAtItsOwnTimeSoWhatItSchedulesIsNotShifted() throws Exception {
        Kernel kernel = new Kernel(1);
        CompletableFuture<Long> first = new CompletableFuture<>();
        CompletableFuture<Long> second = new CompletableFuture<>();
        kernel.schedule(1_000_000, () -> {
            first.complete(kernel.now());
            kernel.schedule(1_000_000, () -> second.complete(kernel.now()));
        });
        kernel.startRealTime(1.0);
        try {
            // Hold the kernel thread for 20 ms of wall time, well past the first event's 1 ms: it runs late.
            kernel.call(() -> {
                long until = System.nanoTime() + 20_000_000;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
                return null;
            });
            assertEquals(1_000_000L, first.get(10, TimeUnit.SECONDS));
            assertEquals(2_000_000L, second.get(10, TimeUnit.SECONDS));
        } finally {
            kernel.stop();
        }
    }

    @Test
    void failuresOfSubmittedTasksReachTheCaller() {
        Kernel kernel = new Kernel(1);
        kernel.startRealTime(1.0);
        try {
            IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                    () -> kernel.call(() -> {
                        throw new IllegalArgumentException("bad");
                    }));
            assertEquals("bad", thrown.getMessage());
            assertEquals(Boolean.TRUE, kernel.call(() -> true), "the kernel survives a failed task");
        } finally {
            kernel.stop();
        }
    }

    @Test
    void schedulingFromAForeignThreadInRealTimeIsRefusedAndReported() {
        Kernel kernel = new Kernel(1);
        java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
        InternalErrors.consoleTo(new java.io.PrintStream(console, true));
        kernel.startRealTime(1.0);
        try {
            // The test's thread is not the kernel's: its event would sit unseen by the sleeping kernel thread.
            assertThrows(IllegalStateException.class, () -> kernel.schedule(0, () -> { }));
            assertTrue(kernel.call(() -> kernel.schedule(0, () -> { }) != null), "the kernel thread may schedule");
        } finally {
            kernel.stop();
            InternalErrors.consoleTo(System.err);
        }
        assertEquals("looplab: internal error scheduling from a foreign thread (the event is refused)\n",
                console.toString());
        kernel.schedule(0, () -> { }); // stopped: the caller drives the clock again
    }

    @Test
    void aFutureCompletedOnAForeignThreadIsDeliveredOnTheKernelThread() throws Exception {
        Kernel kernel = new Kernel(1);
        CompletableFuture<String> answer = new CompletableFuture<>();
        CompletableFuture<String> refused = new CompletableFuture<>();
        kernel.startRealTime(1.0);
        try {
            CompletableFuture<Boolean> answered = kernel.call(() -> kernel.onKernelThread(answer)
                    .thenApply(value -> value.equals("pass") && kernel.inKernelThread()));
            CompletableFuture<Boolean> failed = kernel.call(() -> kernel.onKernelThread(refused)
                    .handle((value, failure) -> failure instanceof IllegalStateException && kernel.inKernelThread()));
            answer.complete("pass"); // on the test's thread, as a RADIUS client's thread would
            refused.completeExceptionally(new IllegalStateException("no server"));
            assertTrue(answered.get(5, TimeUnit.SECONDS));
            assertTrue(failed.get(5, TimeUnit.SECONDS));
        } finally {
            kernel.stop();
        }
    }

    @Test
    void anAlreadyCompletedFutureIsDeliveredAtOnceOnTheKernelThread() {
        Kernel kernel = new Kernel(1);
        List<String> order = new ArrayList<>();
        kernel.call(() -> {
            kernel.onKernelThread(CompletableFuture.completedFuture("now")).thenAccept(order::add);
            order.add("after");
            return null;
        });
        assertEquals(List.of("now", "after"), order);
    }

    @Test
    void aTaskSubmittedWhileTheKernelSleepsTowardsAFarEventRunsAtOnce() throws Exception {
        Kernel kernel = new Kernel(1);
        kernel.schedule(3_600_000_000_000L, () -> { }); // an hour away: the kernel thread parks for it
        kernel.startRealTime(1.0);
        try {
            for (int i = 0; i < 100; i++) {
                assertTrue(kernel.submit(kernel::inKernelThread).get(5, TimeUnit.SECONDS), "task " + i);
            }
        } finally {
            kernel.stop();
        }
    }

    @Test
    void aCallFromAnotherThreadDuringAFastForwardRunsBetweenEventsNeverAlongsideOne() throws Exception {
        // As at lab start: one thread fast-forwards the clock (runUntil) while another calls the kernel.
        Kernel kernel = new Kernel(1);
        CountDownLatch inEvent = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean eventRunning = new AtomicBoolean();
        kernel.schedule(1_000_000_000L, () -> {
            eventRunning.set(true);
            inEvent.countDown();
            await(release);
            eventRunning.set(false);
        });
        Thread driver = new Thread(() -> kernel.runUntil(10_000_000_000L), "test-driver");
        driver.start();
        await(inEvent);

        CompletableFuture<String> seen = new CompletableFuture<>();
        Thread caller = new Thread(() -> seen.complete(kernel.call(() ->
                Thread.currentThread().getName() + (eventRunning.get() ? " alongside the event" : " between events"))),
                "test-caller");
        caller.start();
        // The caller either waits for the driver (right) or has run the task itself (the race).
        while (caller.getState() != Thread.State.WAITING && caller.isAlive()) {
            Thread.onSpinWait();
        }
        release.countDown();
        caller.join(5_000);
        driver.join(5_000);
        // Run by the driver, or (had the caller only reached the kernel after the run) by the caller alone.
        assertTrue(seen.getNow("not run").endsWith(" between events"), seen.getNow("not run"));
        assertEquals(10_000_000_000L, kernel.now());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(5, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
