package org.looplab.dataplane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;
import org.looplab.scenario.LineLab;

/** ARP entries form from the traffic that needs them, on both ends of a cable, and age out. */
class ArpCacheTest {
    private static final long MINUTE = 60_000_000_000L;

    private static List<String> learned(ArpCache cache, long now) {
        return cache.entries(now).stream().map(e -> e.address() + " " + e.macAddress() + " " + e.iface().name().shortName())
                .toList();
    }

    @Test
    void aPingAcrossTwoHopsTeachesEachRouterItsNextHopAndTheAsker() {
        LineLab line = new LineLab(7, 1_000_000, 1_000_000).withEndStatics();
        assertNull(ArpCache.ifPresent(line.r1), "no traffic, no ARP");
        PingSession.start(line.r1, Ipv4Address.of("10.0.0.3"), Ipv4Address.of("10.0.0.1"), 5,
                PingSession.DEFAULT_TIMEOUT_NANOS, done -> { });
        line.kernel.runUntilIdle();
        long now = line.kernel.now();
        Interface r2Gi0 = line.r2.interfaceNamed(LineLab.GI0);
        Interface r2Gi1 = line.r2.interfaceNamed(LineLab.GI1);
        assertEquals(List.of("10.0.12.2 " + r2Gi0.macAddress() + " Gi0/0"), learned(ArpCache.of(line.r1), now));
        assertEquals(List.of("10.0.12.1 " + line.r1.interfaceNamed(LineLab.GI0).macAddress() + " Gi0/0",
                "10.0.23.3 " + line.r3.interfaceNamed(LineLab.GI0).macAddress() + " Gi0/1"), learned(ArpCache.of(line.r2), now));
        assertEquals(List.of("10.0.23.2 " + r2Gi1.macAddress() + " Gi0/0"), learned(ArpCache.of(line.r3), now),
                "r3 learned r2 when r2 asked for it, so its replies needed no request");
        IpTraffic r1 = IpTraffic.of(line.r1);
        assertEquals(1, r1.arpRequestsSent, "one request: the entry served the other four echoes");
        assertEquals(1, r1.arpRepliesReceived);
    }

    @Test
    void entriesAgeOutAfterTheInterfaceTimeoutAndTheNextPacketAsksAgain() {
        LineLab line = new LineLab(7, 1_000_000, 1_000_000);
        PingSession.start(line.r1, Ipv4Address.of("10.0.12.2"), null, 1, PingSession.DEFAULT_TIMEOUT_NANOS, done -> { });
        line.kernel.runUntilIdle();
        long learnedAt = line.kernel.now();
        ArpCache cache = ArpCache.of(line.r1);
        assertEquals(1, cache.entries(learnedAt + 239 * MINUTE).size(), "IOS's default: 4 hours");
        assertEquals(0, cache.entries(learnedAt + 240 * MINUTE).size());

        line.r1.interfaceNamed(LineLab.GI0).setArpTimeoutNanos(MINUTE); // arp timeout 60
        PingSession.start(line.r1, Ipv4Address.of("10.0.12.2"), null, 1, PingSession.DEFAULT_TIMEOUT_NANOS, done -> { });
        line.kernel.runUntilIdle();
        assertEquals(1, cache.entries(line.kernel.now()).size());
        assertEquals(0, cache.entries(line.kernel.now() + MINUTE).size());
        assertEquals(2, IpTraffic.of(line.r1).arpRequestsSent);
    }

    @Test
    void aPulledCableFlushesItsEntries() {
        LineLab line = new LineLab(7, 1_000_000, 1_000_000);
        PingSession.start(line.r1, Ipv4Address.of("10.0.12.2"), null, 1, PingSession.DEFAULT_TIMEOUT_NANOS, done -> { });
        line.kernel.runUntilIdle();
        assertEquals(1, ArpCache.of(line.r1).entries(line.kernel.now()).size());
        line.lab.setConnected(line.link12, false);
        assertEquals(0, ArpCache.of(line.r1).entries(line.kernel.now()).size());
    }
}
