package org.looplab.dataplane;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.scenario.LineLab;

/** Each frame that crosses a cable counts on both ends: packets and bytes, unicast apart from multicast. */
class InterfaceCountersTest {
    @Test
    void fiveEchoesCountTenDatagramsOfAHundredBytesEachWay() {
        LineLab line = new LineLab(42, 1_000_000, 1_000_000).withEndStatics();
        Interface out = line.r1.interfaceNamed(InterfaceName.gigabitEthernet(0));
        Interface far = out.farEnd();
        InterfaceCounters before = snapshot(line, out);
        InterfaceCounters farBefore = snapshot(line, far);
        PingSession.start(line.r1, Ipv4Address.of("10.0.12.2"), null, 5, PingSession.DEFAULT_TIMEOUT_NANOS, done -> { });
        line.kernel.runUntilIdle();
        InterfaceCounters after = line.lab.dataPlane().counters(out);
        assertEquals(5, after.outUnicastPackets() - before.outUnicastPackets());
        assertEquals(5, after.inUnicastPackets() - before.inUnicastPackets());
        assertEquals(500, after.outOctets() - before.outOctets(), "IOS's 100-byte echoes");
        InterfaceCounters farAfter = line.lab.dataPlane().counters(far);
        assertEquals(5, farAfter.inUnicastPackets() - farBefore.inUnicastPackets());
        assertEquals(500, farAfter.outOctets() - farBefore.outOctets());
    }

    private static InterfaceCounters snapshot(LineLab line, Interface iface) {
        InterfaceCounters live = line.lab.dataPlane().counters(iface);
        InterfaceCounters copy = new InterfaceCounters();
        copy.inOctets = live.inOctets;
        copy.inUnicast = live.inUnicast;
        copy.inMulticast = live.inMulticast;
        copy.outOctets = live.outOctets;
        copy.outUnicast = live.outUnicast;
        copy.outMulticast = live.outMulticast;
        return copy;
    }
}
