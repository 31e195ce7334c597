package org.looplab.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.router.Interface;
import org.looplab.router.Router;
import org.looplab.scenario.LineLab;

/** CDP and LLDP frames cross the cables on the virtual clock; neighbours come with them and go with their holdtime. */
class LinkDiscoveryTest {
    private static final long SECOND = 1_000_000_000L;

    private static LineLab started() {
        LineLab line = new LineLab(3, 500_000, 500_000);
        for (Router router : List.of(line.r1, line.r2, line.r3)) {
            DiscoveryProtocols.start(router);
        }
        return line;
    }

    private static List<String> heard(LinkDiscovery protocol) {
        return protocol.neighbors().stream()
                .map(n -> n.heard().deviceId() + " " + n.local().name().shortName() + " " + n.heard().portId())
                .toList();
    }

    @Test
    void neighboursAppearAfterTheStartAndGoWhenTheHoldtimeRunsOutAfterACableIsPulled() {
        LineLab line = started();
        line.kernel.runUntil(SECOND);
        assertEquals(List.of("r1 Gi0/0 GigabitEthernet0/0", "r3 Gi0/1 GigabitEthernet0/0"), heard(Cdp.of(line.r2)));
        assertEquals(List.of("r2 Gi0/0 GigabitEthernet0/1"), heard(Cdp.of(line.r3)));
        assertEquals(180, Cdp.of(line.r2).neighbors().get(0).secondsLeft(line.kernel.now()) + 1);

        line.kernel.runUntil(200 * SECOND); // refreshed every 60 s: still there after the first holdtime
        assertEquals(2, Cdp.of(line.r2).neighbors().size());

        long pulled = line.kernel.now();
        line.lab.setConnected(line.link23, false);
        line.kernel.runUntil(pulled + 100 * SECOND);
        assertEquals(2, Cdp.of(line.r2).neighbors().size(), "a pulled cable's neighbour stays for its holdtime");
        line.kernel.runUntil(pulled + 181 * SECOND);
        assertEquals(List.of("r1 Gi0/0 GigabitEthernet0/0"), heard(Cdp.of(line.r2)));
        assertEquals(List.of(), heard(Cdp.of(line.r3)));
    }

    @Test
    void framesCountInTheInterfaceCountersAndAProtocolSwitchedOffDropsThemAsUnknown() {
        LineLab line = started();
        Cdp.of(line.r1).setReceivesOn(LineLab.GI0, false);
        Cdp.of(line.r1).setTransmitsOn(LineLab.GI0, false);
        line.kernel.runUntil(150 * SECOND); // frames at 0, 60 and 120 s
        Interface r1Gi0 = line.r1.interfaceNamed(LineLab.GI0);
        Interface r2Gi0 = line.r2.interfaceNamed(LineLab.GI0);
        assertEquals(3, r1Gi0.counters().total().unknownProtocolDrops(), "r2's frames reach a port with CDP off");
        assertEquals(3, r2Gi0.counters().total().outMulticasts());
        assertEquals(0, r1Gi0.counters().total().outPackets(), "a port with CDP off sends none");
        assertEquals(List.of(), heard(Cdp.of(line.r2)).stream().filter(n -> n.startsWith("r1")).toList());

        Cdp.of(line.r3).setEnabled(false); // no cdp run: r2's frames are dropped there as well
        long before = line.r3.interfaceNamed(LineLab.GI0).counters().total().unknownProtocolDrops();
        line.kernel.runUntil(190 * SECOND);
        assertEquals(before + 1, line.r3.interfaceNamed(LineLab.GI0).counters().total().unknownProtocolDrops());
        assertEquals(List.of(), heard(Cdp.of(line.r3)));
    }

    @Test
    void lldpRunsOnlyWhereItIsSwitchedOnAndKeepsNeighboursForItsHoldtime() {
        LineLab line = started();
        Lldp.of(line.r1).setEnabled(true);
        line.kernel.runUntil(SECOND);
        Interface r2Gi0 = line.r2.interfaceNamed(LineLab.GI0);
        assertEquals(1, r2Gi0.counters().total().unknownProtocolDrops(), "r2 does not run LLDP");
        Lldp.of(line.r2).setEnabled(true);
        line.kernel.runUntil(2 * SECOND);
        assertEquals(List.of("r2 Gi0/0 GigabitEthernet0/0"), heard(Lldp.of(line.r1)), "r2's first frame");
        assertEquals(List.of(), heard(Lldp.of(line.r2)), "r1's next frame is due at 30 s");
        line.kernel.runUntil(31 * SECOND);
        assertEquals(List.of("r1 Gi0/0 GigabitEthernet0/0"), heard(Lldp.of(line.r2)));
        Lldp.of(line.r2).setEnabled(false);
        line.kernel.runUntil(31 * SECOND + 121 * SECOND);
        assertTrue(heard(Lldp.of(line.r1)).isEmpty(), "120 s after r2's last frame (sent at 31 s)");
    }

    @Test
    void lldpCountsFramesOutAndInEntriesAgedByHoldtimeAndFramesAPortDoesNotTake() {
        LineLab line = started();
        Lldp r1 = Lldp.of(line.r1);
        r1.setEnabled(true);
        Lldp.of(line.r2).setEnabled(true);
        line.kernel.runUntil(SECOND);
        assertEquals(1, r1.framesSent(), "one cabled port");
        assertEquals(1, r1.framesReceived());
        Lldp.of(line.r2).setEnabled(false);
        line.kernel.runUntil(122 * SECOND); // r2's frame of 0 s is kept 120 s; r1 sent at 0, 30, 60, 90, 120 s
        assertEquals(5, r1.framesSent());
        assertEquals(1, r1.entriesAged(), "r2 aged out by its holdtime");
        assertEquals(0, r1.framesDiscarded());

        r1.setReceivesOn(LineLab.GI0, false);
        Lldp.of(line.r2).setEnabled(true);
        line.kernel.runUntil(123 * SECOND);
        assertEquals(1, r1.framesDiscarded(), "r2's frame on a port with no lldp receive");
        assertEquals(1, r1.framesReceived());
        assertEquals(0, r1.framesInError());
        assertEquals(1, r1.entriesAged(), "a neighbour forgotten by configuration has not aged");
    }
}
