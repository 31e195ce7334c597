package org.looplab.dataplane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.net.Ipv4Address;
import org.looplab.ping.PingResult;
import org.looplab.router.Router;
import org.looplab.scenario.LineLab;

/** A packet bigger than the next link's IP MTU: dropped with ICMP fragmentation needed under DF, else fragmented. */
class IpMtuTest {
    private LineLab line;

    @BeforeEach
    void lineWithASmallMtuInTheMiddle() {
        line = new LineLab(7, 1_000_000, 1_000_000).withEndStatics();
        line.r2.setIpMtu(line.r2.interfaceNamed(LineLab.GI1), 1400); // r2 towards r3
    }

    private PingResult ping(int size, boolean dontFragment) {
        PingResult[] result = new PingResult[1];
        PingSession.startInVrf(line.r1, null, Ipv4Address.of("10.0.0.3"), null, 5, PingSession.DEFAULT_TIMEOUT_NANOS,
                size, dontFragment, mark -> { }, done -> result[0] = done);
        line.kernel.runUntilIdle();
        assertNotNull(result[0]);
        return result[0];
    }

    private static IpTraffic traffic(Router router) {
        return IpTraffic.of(router);
    }

    @Test
    void withDfTheRouterBeforeTheSmallLinkAnswersFragmentationNeeded() {
        // Each M comes back at once and the next echo leaves at once, inside r2's 500 ms unreachable
        // rate limit: that echo gets no answer and times out, hence IOS's familiar M.M.M.
        assertEquals("M.M.M", ping(1500, true).marks());
        assertEquals(5, traffic(line.r2).couldNotFragment);
        assertEquals(0, traffic(line.r3).received);
        assertEquals("!!!!!", ping(1400, true).marks());
    }

    @Test
    void withoutDfThePacketIsFragmentedAndArrives() {
        assertEquals("!!!!!", ping(1500, false).marks());
        assertEquals(5, traffic(line.r2).fragmented);
        assertEquals(10, traffic(line.r2).fragments); // 1480 data bytes in blocks of 1376
        assertEquals(0, traffic(line.r1).fragmented);
    }
}
