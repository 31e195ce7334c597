package org.looplab.lab;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.store.EventStore;
import org.looplab.store.TimelineEvent;

/**
 * One timeline for a whole lab: every router's log messages and every lab console action, stamped on the
 * kernel thread with virtual time and the host's wall-clock time, numbered in the order they happened,
 * and written to the lab's database ({@link EventStore}) by a background writer so the kernel never
 * waits for the disk. Each start of the lab is a new run.
 */
public final class Timeline implements AutoCloseable {
    private final Lab lab;
    private final EventStore store;
    private final int run;
    private final ExecutorService writer;
    private long sequence;
    private TimelineEvent lastAction;
    private List<Consumer<TimelineEvent>> listeners = List.of();
    private volatile String writeFailure;
    private final java.util.concurrent.ConcurrentLinkedQueue<TimelineEvent> pending = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.concurrent.atomic.AtomicBoolean drainScheduled = new java.util.concurrent.atomic.AtomicBoolean();

    private Timeline(Lab lab, EventStore store, int run) {
        this.lab = lab;
        this.store = store;
        this.run = run;
        this.writer = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "looplab-timeline");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts a new run of the lab's timeline and listens to every router the lab has now. Kernel thread. */
    public static Timeline start(Lab lab, EventStore store) throws SQLException {
        Timeline timeline = new Timeline(lab, store, store.lastRun(lab.name()) + 1);
        for (Router router : lab.routers()) {
            router.log().addListener(message -> timeline.record(router.name(), TimelineEvent.LOG, message.text()));
        }
        return timeline;
    }

    public int run() {
        return run;
    }

    /** Records a console action ({@code link r1:Gi0/0 down}) at the current virtual time; any thread. */
    public void consoleAction(String line) {
        lab.kernel().call(() -> {
            lastAction = record(null, TimelineEvent.CONSOLE, line.strip());
            return null;
        });
    }

    /** The last console action of this run, or null; kernel thread. */
    public TimelineEvent lastAction() {
        return lastAction;
    }

    /** Hears each later event as it is recorded (on the kernel thread); {@code events follow}. */
    public void addListener(Consumer<TimelineEvent> listener) {
        List<Consumer<TimelineEvent>> more = new ArrayList<>(listeners);
        more.add(listener);
        listeners = List.copyOf(more);
    }

    public void removeListener(Consumer<TimelineEvent> listener) {
        List<Consumer<TimelineEvent>> fewer = new ArrayList<>(listeners);
        fewer.remove(listener);
        listeners = List.copyOf(fewer);
    }

    private TimelineEvent record(String router, String kind, String text) {
        TimelineEvent event = new TimelineEvent(run, ++sequence, lab.kernel().now(), Instant.now(), router, kind, text);
        pending.add(event);
        if (!writer.isShutdown() && drainScheduled.compareAndSet(false, true)) {
            writer.execute(this::drain);
        }
        for (Consumer<TimelineEvent> listener : listeners) {
            listener.accept(event);
        }
        return event;
    }

    /** Writes every pending event in one transaction (a busy boot writes thousands at once). Writer thread. */
    private void drain() {
        drainScheduled.set(false);
        List<TimelineEvent> batch = new ArrayList<>();
        TimelineEvent next;
        while ((next = pending.poll()) != null) {
            batch.add(next);
        }
        try {
            store.append(lab.name(), batch);
        } catch (SQLException e) {
            if (writeFailure == null) {
                writeFailure = e.getMessage();
                System.err.println("looplab: the timeline cannot be written to the database: " + firstLine(e.getMessage()));
            }
        }
    }

    /** This run's events written so far, after waiting for the writer: of a router (null: all), since a virtual time. */
    public List<TimelineEvent> events(String router, long sinceNanos) throws SQLException {
        flush();
        return store.events(lab.name(), run, router, sinceNanos);
    }

    /** Waits until every event recorded so far is in the database. */
    public void flush() {
        if (writer.isShutdown()) {
            return;
        }
        Future<?> done = writer.submit(this::drain);
        try {
            done.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // the write failure was reported once already
        }
    }

    /** Writes what is left and closes the database connection. */
    @Override
    public void close() {
        flush();
        writer.shutdown();
        try {
            store.close();
        } catch (SQLException e) {
            System.err.println("looplab: closing the timeline: " + firstLine(e.getMessage()));
        }
    }

    /** One line as the console and {@code looplab events} print it: virtual time, wall time, source, text. */
    public static String describe(TimelineEvent event, java.time.ZoneId zone) {
        return String.format(Locale.ROOT, "%s  %s  %-8s %s", virtual(event.virtualNanos()),
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT)
                        .format(event.wallTime().atZone(zone)),
                event.router() == null ? "console" : event.router(), event.text());
    }

    /** Virtual time as {@code hh:mm:ss.mmm}. */
    public static String virtual(long nanos) {
        long millis = nanos / 1_000_000;
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60,
                millis / 1000 % 60, millis % 1000);
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
