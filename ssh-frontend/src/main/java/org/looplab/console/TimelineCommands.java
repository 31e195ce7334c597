package org.looplab.console;

import java.io.PrintStream;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.looplab.lab.RoutingActivity;
import org.looplab.lab.Timeline;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.store.TimelineEvent;

/**
 * The console's view of the lab's timeline: {@code events [ROUTER] [since TIME]}, {@code events follow
 * [ROUTER]} / {@code events follow off}, and {@code converged} (per router, its last routing change
 * and how long after the last console action it came).
 */
final class TimelineCommands {
    private final Lab lab;
    private final Timeline timeline;
    private final RoutingActivity activity;
    private final PrintStream out;
    private Consumer<TimelineEvent> following;

    TimelineCommands(Lab lab, Timeline timeline, RoutingActivity activity, PrintStream out) {
        this.lab = lab;
        this.timeline = timeline;
        this.activity = activity;
        this.out = out;
    }

    private static final String USAGE = "usage: events [ROUTER] [since TIME] | events follow [ROUTER] | events follow off"
            + "   (TIME: virtual time as 00:02:00 or 120s)";

    void events(String[] words) {
        if (words.length >= 2 && words[1].equalsIgnoreCase("follow")) {
            follow(words);
            return;
        }
        String router = null;
        long since = 0;
        int index = 1;
        if (index < words.length && !words[index].equalsIgnoreCase("since")) {
            router = words[index++];
            if (lab.kernel().call(() -> lab.router(words[1])) == null) {
                out.println("no router " + router);
                return;
            }
        }
        if (index < words.length) {
            if (index + 2 != words.length || !words[index].equalsIgnoreCase("since")) {
                out.println(USAGE);
                return;
            }
            since = ConsoleTime.parse(words[index + 1]);
            if (since < 0) {
                out.println(USAGE);
                return;
            }
        }
        List<TimelineEvent> events;
        try {
            events = timeline.events(router, since);
        } catch (SQLException e) {
            out.println("% the timeline cannot be read from the lab's database");
            return;
        }
        if (events.isEmpty()) {
            out.println("no events");
        }
        ZoneId zone = ZoneId.systemDefault();
        events.forEach(event -> out.println(Timeline.describe(event, zone)));
    }

    private void follow(String[] words) {
        if (words.length == 3 && words[2].equalsIgnoreCase("off")) {
            stopFollowing();
            out.println("events follow off");
            return;
        }
        if (words.length > 3) {
            out.println(USAGE);
            return;
        }
        String router = words.length == 3 ? words[2] : null;
        if (router != null && lab.kernel().call(() -> lab.router(router)) == null) {
            out.println("no router " + router);
            return;
        }
        stopFollowing();
        ZoneId zone = ZoneId.systemDefault();
        following = event -> {
            if (router == null || router.equals(event.router())) {
                out.println(Timeline.describe(event, zone));
                out.flush();
            }
        };
        Consumer<TimelineEvent> listener = following;
        lab.kernel().call(() -> {
            timeline.addListener(listener);
            return null;
        });
        out.println("following the timeline" + (router == null ? "" : " of " + router) + " as it happens; events follow off stops");
    }

    void stopFollowing() {
        Consumer<TimelineEvent> listener = following;
        if (listener != null) {
            lab.kernel().call(() -> {
                timeline.removeListener(listener);
                return null;
            });
            following = null;
        }
    }

    /** {@code converged}: per router, its last routing change and how long after the last console action it came. */
    void converged() {
        List<String> lines = lab.kernel().call(() -> {
            long now = lab.kernel().now();
            TimelineEvent failure = timeline.lastAction();
            long from = failure == null ? 0 : failure.virtualNanos();
            List<String> rows = new java.util.ArrayList<>();
            rows.add(failure == null ? "no console action yet; changes counted from the start of the lab"
                    : "last console action at " + Timeline.virtual(from) + ": " + failure.text());
            long latest = -1;
            int width = lab.routers().stream().mapToInt(r -> r.name().length()).max().orElse(6);
            for (Router router : lab.routers()) {
                long last = activity.lastChangeNanos(router.name());
                if (last >= from && last >= 0) {
                    latest = Math.max(latest, last);
                    rows.add(String.format(Locale.ROOT, "%-" + width + "s  last routing change %s, %s s after it",
                            router.name(), Timeline.virtual(last), seconds(last - from)));
                } else {
                    rows.add(String.format(Locale.ROOT, "%-" + width + "s  no routing change since", router.name()));
                }
            }
            long quiet = now - Math.max(latest, from);
            rows.add(latest < 0 ? "no router changed; quiet for " + seconds(quiet) + " s"
                    : "convergence took " + seconds(latest - from) + " s of virtual time; quiet since for "
                            + seconds(quiet) + " s" + (quiet < org.looplab.lab.Convergence.DEFAULT_QUIET_NANOS
                                    ? " (less than the 60 s settling period: it may still be converging)" : ""));
            return rows;
        });
        lines.forEach(out::println);
    }

    private static String seconds(long nanos) {
        return java.math.BigDecimal.valueOf(nanos / 1_000_000, 3).toPlainString();
    }

    void close() {
        stopFollowing();
    }
}
