package org.looplab.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.lab.Convergence;
import org.looplab.lab.LabOptions;
import org.looplab.lab.LabStarter;
import org.looplab.lab.RunningLab;
import org.looplab.store.ConfigStore;
import org.looplab.store.EventStore;
import org.looplab.store.TimelineEvent;
import org.looplab.topology.TopologyLoader;

/** One timeline for the lab: router logs and console actions, virtual and wall time, in the lab's database. */
class TimelineConsoleTest {
    @TempDir
    Path state;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private String run(LabConsole console, String line) {
        printed.reset();
        assertTrue(console.execute(line));
        return printed.toString(StandardCharsets.UTF_8);
    }

    private RunningLab start() throws Exception {
        return LabStarter.start(TopologyLoader.load(Path.of("../topologies/triangle")),
                new LabOptions(state, null, false, 1, 1.0, false, true));
    }

    @Test
    void consoleActionsAndTheLogMessagesTheyCauseAreOneTimelineKeptAcrossRuns() throws Exception {
        long pulledAt;
        try (RunningLab running = start()) {
            LabConsole console = new LabConsole(running.lab(), List.of(), new PrintStream(printed, true, StandardCharsets.UTF_8));
            console.useTimeline(running.timeline(), running.activity());
            var kernel = running.lab().kernel();
            assertTrue(run(console, "converged").startsWith("no console action yet"));
            pulledAt = kernel.now();
            run(console, "link r1:Gi0/1 down");
            kernel.runUntil(pulledAt + 100 * Convergence.SECOND);

            String since = Timeline(pulledAt);
            String r1 = run(console, "events r1 since " + since);
            assertTrue(r1.contains("r1       %LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/1, changed state to down"), r1);
            assertTrue(r1.contains("%OSPF-5-ADJCHG: Process 1, Nbr 10.0.0.3 on GigabitEthernet0/1 from FULL to DOWN"), r1);
            assertTrue(!r1.contains(" r3 ") && !r1.contains("console"), r1);
            String all = run(console, "events since " + since);
            String[] lines = all.split("\n");
            assertTrue(lines[0].startsWith(org.looplab.lab.Timeline.virtual(pulledAt) + "  ") && lines[0].endsWith("console  link r1:Gi0/1 down"), all);
            assertTrue(all.contains(" r3       %LINEPROTO-5-UPDOWN"), all);

            String converged = run(console, "converged");
            assertTrue(converged.startsWith("last console action at " + org.looplab.lab.Timeline.virtual(pulledAt) + ": link r1:Gi0/1 down\n"), converged);
            // SPF runs 5 s after the change (IOS's spf-start), the routers' RIBs change then and once more.
            assertTrue(converged.contains("r1  last routing change " + org.looplab.lab.Timeline.virtual(pulledAt + 10 * Convergence.SECOND)
                    + ", 10.000 s after it\n"), converged);
            assertTrue(converged.matches("(?s).*convergence took \\d+\\.\\d{3} s of virtual time; quiet since for \\d+\\.\\d{3} s\n"),
                    converged);

            assertTrue(run(console, "events r9").startsWith("no router r9"));
            assertTrue(run(console, "events since yesterday").startsWith("usage: events"));
            assertTrue(run(console, "events follow r2").startsWith("following the timeline of r2"));
            printed.reset();
            console.execute("link r2:Gi0/1 down");
            String followed = printed.toString(StandardCharsets.UTF_8);
            assertTrue(followed.contains("r2       %LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to down"), followed);
            assertTrue(!followed.contains("r3 "), followed);
            assertEquals("events follow off\n", run(console, "events follow off"));
        }
        try (RunningLab again = start()) {
            assertEquals(2, again.timeline().run());
        }
        try (EventStore store = EventStore.open(ConfigStore.fileUrl(state))) {
            List<TimelineEvent> first = store.events("triangle", 1, null, pulledAt);
            assertEquals(new TimelineEvent(1, first.get(0).sequence(), pulledAt, first.get(0).wallTime(), null,
                    TimelineEvent.CONSOLE, "link r1:Gi0/1 down"), first.get(0));
            assertTrue(store.events("triangle", 2, "r1", 0).stream().anyMatch(e -> e.text().startsWith("%OSPF-5-ADJCHG")));
        }
    }

    private static String Timeline(long nanos) {
        return org.looplab.lab.Timeline.virtual(nanos).substring(0, 8);
    }
}
