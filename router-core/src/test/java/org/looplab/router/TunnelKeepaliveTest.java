package org.looplab.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.looplab.scenario.LineLab;

/**
 * GRE keepalives on {@link TunnelEnds}, on the virtual clock: r1 sends one every 10 s through the tunnel,
 * addressed back to itself; r3 needs no keepalive of its own, only a tunnel that takes the packet in.
 */
class TunnelKeepaliveTest {
    private static final long SECOND = TunnelEnds.SECOND;
    private static final String DOWN = "%LINEPROTO-5-UPDOWN: Line protocol on Interface Tunnel0, changed state to down";
    private static final String UP = "%LINEPROTO-5-UPDOWN: Line protocol on Interface Tunnel0, changed state to up";

    private final TunnelEnds fixture = new TunnelEnds();
    private final LineLab line = fixture.line;
    private final Interface[] ends = fixture.bothEnds(
            TunnelEnds.R1_END.withKeepalive(new TunnelKeepalive(10, 3)), TunnelEnds.R3_END);

    @Test
    void theFarEndReflectsKeepalivesSoTheTunnelStaysUpAndCountsThem() {
        fixture.runFor(300 * SECOND);
        assertTrue(ends[0].isProtocolUp());
        assertEquals(30, ends[0].counters().sinceClear().outPackets(), "one keepalive every 10 s");
        assertEquals(30, ends[1].counters().sinceClear().inPackets(), "r3 unwraps each and routes it home");
    }

    @Test
    void shuttingTheFarTunnelTakesLineProtocolDownAfterThreeMissedRepliesAndNoShutBringsItBack() {
        fixture.runFor(15 * SECOND);
        line.r3.setShutdown(ends[1], true);
        long shutAt = line.kernel.now();
        fixture.runFor(29 * SECOND);
        assertTrue(ends[0].isProtocolUp(), "three keepalives sent, not yet three periods missed");
        fixture.runFor(11 * SECOND);
        assertFalse(ends[0].isProtocolUp(), "down at the fourth period: " + (line.kernel.now() - shutAt) / SECOND + " s");
        assertEquals(InterfaceStatus.UP, ends[0].status());
        assertEquals(2, TunnelEnds.logged(line.r1, DOWN), "once at creation, once now");

        line.r3.setShutdown(ends[1], false);
        fixture.runFor(11 * SECOND);
        assertTrue(ends[0].isProtocolUp(), "the next keepalive comes back");
        assertEquals(2, TunnelEnds.logged(line.r1, UP));
    }

    @Test
    void withoutKeepalivesTheSameShutGoesUnnoticedAndNoKeepaliveStopsThem() {
        line.r1.setTunnel(ends[0], ends[0].tunnel().withKeepalive(null));
        line.r3.setShutdown(ends[1], true);
        fixture.runFor(120 * SECOND);
        assertTrue(ends[0].isProtocolUp());
        assertEquals(0, ends[0].counters().sinceClear().outPackets());
    }

    @Test
    void ipInIpHasNoKeepalivesSoTheLineIsNotSentDownByThem() {
        line.r1.setTunnel(ends[0], ends[0].tunnel().withMode(TunnelMode.IPIP));
        line.r3.setTunnel(ends[1], ends[1].tunnel().withMode(TunnelMode.IPIP));
        fixture.runFor(120 * SECOND);
        assertTrue(ends[0].isProtocolUp());
        assertEquals(0, ends[0].counters().sinceClear().outPackets(), "no GRE to send them in");
    }
}
