package org.looplab.dataplane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceCounters;
import org.looplab.router.InterfaceName;
import org.looplab.scenario.LineLab;

/**
 * Each frame that crosses a cable counts on both ends: frames and bytes (the datagram and its Ethernet
 * header), unicast apart from multicast, the time of the last one, the 5-minute rates; clear counters
 * restarts what show interfaces prints and leaves SNMP's totals alone.
 */
class InterfaceCountersTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void fiveEchoesCountTenFramesOf114BytesEachWay() {
        LineLab line = new LineLab(42, 1_000_000, 1_000_000).withEndStatics();
        Interface out = line.r1.interfaceNamed(InterfaceName.gigabitEthernet(0));
        Interface far = out.farEnd();
        long outBefore = out.counters().outUnicastPackets();
        long octetsBefore = out.counters().outOctets();
        long farInBefore = far.counters().inUnicastPackets();
        PingSession.start(line.r1, Ipv4Address.of("10.0.12.2"), null, 5, PingSession.DEFAULT_TIMEOUT_NANOS, done -> { });
        line.kernel.runUntilIdle();
        assertEquals(5, out.counters().outUnicastPackets() - outBefore);
        assertEquals(570 + 60, out.counters().outOctets() - octetsBefore,
                "IOS's 100-byte echoes in 14-byte Ethernet headers, and the 60-byte ARP request before them");
        assertEquals(1, out.counters().outBroadcastPackets(), "the ARP request");
        assertEquals(5, far.counters().inUnicastPackets() - farInBefore);
        assertTrue(out.counters().hasInput() && out.counters().hasOutput());
        assertTrue(line.kernel.now() - out.counters().lastInputNanos() < SECOND, "the last reply just came");
    }

    @Test
    void clearCountersRestartsTheShownFiguresOnlyAndRemembersWhen() {
        InterfaceCounters counters = new InterfaceCounters();
        counters.sent(SECOND, 114, InterfaceCounters.Cast.UNICAST);
        counters.received(2 * SECOND, 78, InterfaceCounters.Cast.MULTICAST, true);
        counters.received(2 * SECOND, 60, InterfaceCounters.Cast.BROADCAST, false);
        assertFalse(counters.wasCleared());
        InterfaceCounters.Tally shown = counters.sinceClear();
        assertEquals(2, shown.inPackets());
        assertEquals(138, shown.inOctets());
        assertEquals(2, shown.inBroadcastsAndMulticasts(), "IOS's 'Received N broadcasts' counts multicast frames too");
        assertEquals(1, shown.inIpMulticasts());

        counters.clear(3 * SECOND);
        counters.sent(4 * SECOND, 114, InterfaceCounters.Cast.UNICAST);
        assertTrue(counters.wasCleared());
        assertEquals(3 * SECOND, counters.clearedNanos());
        assertEquals(0, counters.sinceClear().inPackets());
        assertEquals(1, counters.sinceClear().outPackets());
        assertEquals(2, counters.outUnicastPackets(), "SNMP's counters go on");
        assertEquals(228, counters.outOctets());
    }

    @Test
    void fiveMinuteRateClimbsUnderSteadyTrafficAndDecaysWhenItStops() {
        InterfaceCounters counters = new InterfaceCounters();
        // 1000-byte frames, one a second: 8000 bits/sec offered.
        for (int second = 0; second < 1800; second++) {
            counters.received(second * SECOND, 1000, InterfaceCounters.Cast.UNICAST, false);
        }
        long steady = counters.inputBitsPerSecond(1800 * SECOND);
        assertTrue(steady > 7900 && steady <= 8000, "after 30 minutes the average has caught up: " + steady);
        assertEquals(0, counters.outputBitsPerSecond(1800 * SECOND));
        // Five minutes of silence leave e^-1 of it; an hour, nothing.
        long afterFive = counters.inputBitsPerSecond(2100 * SECOND);
        assertTrue(afterFive > 2800 && afterFive < 3000, "one time constant later: " + afterFive);
        assertEquals(0, counters.inputBitsPerSecond(5400 * SECOND));
        assertEquals(0, counters.inputPacketsPerSecond(5400 * SECOND));
    }
}
