package org.looplab.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.net.Ipv4Address;
import org.looplab.scenario.LineLab;

class TcpDeterminismTest {
    static final long SECOND = TcpConnectionTest.SECOND;

    /** Two connections, data both ways, a cable pull during a transfer, a close: every segment traced. */
    private static List<String> trace(long seed) {
        LineLab line = new LineLab(seed, 1_500_000, 2_500_000).withEndStatics();
        List<String> history = new ArrayList<>();
        line.lab.dataPlane().addTracer(trace -> history.add(trace.toString()));
        TcpStack.of(line.r3).listen(null, 179, connection -> new RecordingHandler(line.kernel)
                .onConnected(c -> c.send(new byte[700])));
        RecordingHandler loopbacks = new RecordingHandler(line.kernel).onConnected(c -> c.send(new byte[5000]));
        TcpConnection first = TcpStack.of(line.r1).connect(Ipv4Address.of("10.0.0.1"), Ipv4Address.of("10.0.0.3"),
                179, 255, loopbacks);
        TcpStack.of(line.r1).connect(null, Ipv4Address.of("10.0.0.3"), 179, 255, new RecordingHandler(line.kernel));
        line.kernel.schedule(5_000_000, () -> line.lab.setConnected(line.link23, false));
        line.kernel.schedule(2 * SECOND, () -> line.lab.setConnected(line.link23, true));
        line.kernel.schedule(5 * SECOND, first::close);
        line.kernel.runUntil(100 * SECOND);
        return history;
    }

    @Test
    void theSameSeedGivesTheSameSegments() {
        List<String> first = trace(7);
        assertTrue(first.size() > 50, "a busy trace: " + first.size());
        assertTrue(first.stream().anyMatch(line -> line.contains("drop: lost on the link")
                || line.contains("drop: no route")), "the pull lost segments");
        assertEquals(first, trace(7));
        assertNotEquals(first, trace(8), "another seed, other sequence numbers and ports");
    }
}
