package org.looplab.dataplane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.net.Ipv4Address;
import org.looplab.scenario.LineLab;

class DeterminismTest {
    /** Runs pings, a traceroute and a cable pull; returns every event's key and every packet trace. */
    private static List<String> history(long seed) {
        LineLab line = new LineLab(seed, 1_500_000, 2_500_000).withEndStatics();
        List<String> history = new ArrayList<>();
        line.kernel.setObserver(event -> history.add("event " + event.timeNanos() + "#" + event.sequence()));
        line.lab.dataPlane().addTracer(trace -> history.add(trace.toString()));
        PingSession.start(line.r1, Ipv4Address.of("10.0.0.3"), null, 5, PingSession.DEFAULT_TIMEOUT_NANOS,
                result -> history.add("ping " + result.marks()));
        PingSession.start(line.r3, Ipv4Address.of("192.0.2.1"), null, 5, PingSession.DEFAULT_TIMEOUT_NANOS,
                result -> history.add("ping " + result.marks()));
        TracerouteSession.start(line.r3, Ipv4Address.of("10.0.0.1"), null, hop -> history.add("hop " + hop),
                hops -> { });
        line.kernel.schedule(3_000_000, () -> line.lab.setConnected(line.link12, false));
        line.kernel.schedule(2_500_000_000L, () -> line.lab.setConnected(line.link12, true));
        line.kernel.runUntilIdle();
        return history;
    }

    @Test
    void theSameSeedGivesTheSameHistory() {
        List<String> first = history(7);
        List<String> second = history(7);
        assertTrue(first.size() > 50, "a busy history: " + first.size());
        assertEquals(first, second);
    }
}
