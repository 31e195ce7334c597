package org.looplab.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.looplab.lab.Timeline;
import org.looplab.store.ConfigStore;
import org.looplab.store.EventStore;
import org.looplab.store.TimelineEvent;
import org.looplab.topology.Topology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code looplab events [TOPOLOGY] [--json]}: the lab's timeline from its state folder (the last run by
 * default): every router log message and console action with virtual and wall time.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Print a lab's timeline (router log messages and console actions) from its state folder.")
public final class EventsCommand implements Callable<Integer> {
    @Mixin
    TopologyArgument topologyArgument;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "the lab's state folder (default: .looplab/ beside the topology file)")
    Path stateDir;

    @Option(names = "--jdbc-url", paramLabel = "URL", description = "the database the lab ran with, instead of the state folder's")
    String jdbcUrl;

    @Option(names = "--json", description = "a JSON array of events (run, seq, virtual, virtualNanos, wall, router, kind, text)")
    boolean json;

    @Option(names = "--router", paramLabel = "ROUTER", description = "only this router's messages")
    String router;

    @Option(names = "--since", paramLabel = "TIME", description = "only events at or after this virtual time (00:02:00 or 120s)")
    String since;

    @Option(names = "--run", paramLabel = "N", description = "this run of the lab (1 is its first start; default: the last; 0: every run)")
    Integer run;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Topology topology = topologyArgument.load(err);
        if (topology == null) {
            return 2;
        }
        long sinceNanos = 0;
        if (since != null) {
            sinceNanos = org.looplab.console.ConsoleTime.parse(since);
            if (sinceNanos < 0) {
                err.println("looplab: --since " + since + " is not a time (00:02:00, 2m or 120s)");
                return 2;
            }
        }
        Path state = stateDir != null ? stateDir : topology.folder().resolve(".looplab");
        String url = jdbcUrl != null ? jdbcUrl : ConfigStore.fileUrl(state);
        if (jdbcUrl == null && !java.nio.file.Files.exists(state.resolve("looplab.mv.db"))) {
            err.println("looplab: no timeline in " + state + " (the lab has not run with this state folder)");
            return 1;
        }
        List<TimelineEvent> events;
        try (EventStore store = EventStore.open(url + (jdbcUrl == null ? ";IFEXISTS=TRUE" : ""))) {
            int wanted = run != null ? run : store.lastRun(topology.name());
            events = wanted == 0 && run == null ? List.of() : store.events(topology.name(), wanted, router, sinceNanos);
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            err.println("looplab: cannot read the timeline: " + (message.contains("locked") || message.contains("in use")
                    ? "the database is held by a process that does not share it (a looplab older than this one?)"
                    : message.lines().findFirst().orElse(message)));
            return 1;
        }
        if (json) {
            out.print(toJson(events));
        } else {
            ZoneId zone = ZoneId.systemDefault();
            events.forEach(event -> out.println("run " + event.run() + "  " + Timeline.describe(event, zone)));
        }
        out.flush();
        return 0;
    }

    static String toJson(List<TimelineEvent> events) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < events.size(); i++) {
            TimelineEvent event = events.get(i);
            text.append(i == 0 ? "\n" : ",\n").append("  {\"run\": ").append(event.run())
                    .append(", \"seq\": ").append(event.sequence())
                    .append(", \"virtual\": ").append(quoted(Timeline.virtual(event.virtualNanos())))
                    .append(", \"virtualNanos\": ").append(event.virtualNanos())
                    .append(", \"wall\": ").append(quoted(event.wallTime().toString()))
                    .append(", \"router\": ").append(event.router() == null ? "null" : quoted(event.router()))
                    .append(", \"kind\": ").append(quoted(event.kind()))
                    .append(", \"text\": ").append(quoted(event.text())).append('}');
        }
        return text.append(events.isEmpty() ? "]\n" : "\n]\n").toString();
    }

    private static String quoted(String value) {
        StringBuilder text = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        return text.append('"').toString();
    }
}
