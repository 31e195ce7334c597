package org.looplab.dataplane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.looplab.net.Ipv4Address;
import org.looplab.ping.PingResult;
import org.looplab.routing.Route;
import org.looplab.scenario.OspfLab;

/**
 * Impaired links and crashed routers on a triangle running OSPF: a black hole keeps the carrier up, so
 * only the dead interval finds it; a one-way failure is found the same way; a loss rate drops frames by
 * the kernel's seeded draw (the same seed, the same losses); a router without power takes its links'
 * carrier with it.
 */
class LinkImpairmentTest {
    private static final long SECOND = OspfLab.SECOND;

    private static OspfLab triangle(long seed) {
        OspfLab lab = new OspfLab(seed, 3, new int[][] {{1, 2}, {1, 3}, {2, 3}});
        lab.run(120);
        return lab;
    }

    private static Ipv4Address nextHop(OspfLab lab, int at, int to) {
        Route route = lab.router(at).rib().get(OspfLab.loopbackPrefix(to));
        return route == null ? null : route.nextHop();
    }

    @Test
    void aBlackHoleKeepsLineProtocolUpUntilTheDeadIntervalReroutes() {
        OspfLab lab = triangle(1);
        assertEquals(OspfLab.linkAddress(1, 3, 3), nextHop(lab, 1, 3));
        lab.link(1, 3).setBlackholed(true);
        lab.run(20);
        assertTrue(lab.end(1, 3, 1).isProtocolUp());
        assertTrue(lab.end(1, 3, 3).isProtocolUp());
        assertEquals(OspfLab.linkAddress(1, 3, 3), nextHop(lab, 1, 3), "nothing noticed before the dead interval");
        assertFalse(lab.ping(1, OspfLab.loopback(3)));
        lab.run(40);
        assertEquals(OspfLab.linkAddress(1, 2, 2), nextHop(lab, 1, 3));
        assertTrue(lab.end(1, 3, 1).isProtocolUp(), "the carrier is still up");
        assertTrue(lab.ping(1, OspfLab.loopback(3)));

        lab.link(1, 3).clearImpairments();
        lab.run(60);
        assertEquals(OspfLab.linkAddress(1, 3, 3), nextHop(lab, 1, 3));
    }

    @Test
    void aOneWayFailureBreaksTheAdjacencyBothWays() {
        OspfLab lab = triangle(1);
        lab.link(1, 2).setOneWayDownFrom(lab.end(1, 2, 1));
        lab.run(60);
        assertEquals(OspfLab.linkAddress(2, 3, 3), nextHop(lab, 2, 1));
        assertEquals(OspfLab.linkAddress(1, 3, 3), nextHop(lab, 1, 2));
        assertTrue(lab.end(1, 2, 2).isProtocolUp());
    }

    @Test
    void lossDropsAShareOfFramesTheSameWayForTheSameSeed() {
        int first = pingsThroughLossyLink(7);
        assertTrue(first > 20 && first < 80, first + " of 100 echoes answered at 30% loss each way");
        assertEquals(first, pingsThroughLossyLink(7));
    }

    private static int pingsThroughLossyLink(long seed) {
        OspfLab lab = new OspfLab(seed, 2, new int[][] {{1, 2}}, false);
        lab.link(1, 2).setLossPercent(30);
        PingResult[] result = new PingResult[1];
        PingSession.start(lab.router(1), OspfLab.linkAddress(1, 2, 2), null, 100, 2 * SECOND, done -> result[0] = done);
        lab.run(400);
        return result[0].received();
    }

    @Test
    void aCrashedRouterTakesItsCarrierAndItsRoutesWithIt() {
        OspfLab lab = triangle(1);
        lab.router(3).setPoweredOn(false);
        assertFalse(lab.end(1, 3, 1).isProtocolUp());
        assertFalse(lab.end(2, 3, 2).isProtocolUp());
        assertTrue(lab.router(1).log().messages().stream().anyMatch(m -> m.text().equals(
                "%LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/1, changed state to down")));
        lab.run(30);
        assertEquals(null, nextHop(lab, 1, 3));
        int logged = lab.router(3).log().messages().size();
        lab.run(30);
        assertEquals(logged, lab.router(3).log().messages().size(), "a router without power logs nothing");

        lab.router(3).setPoweredOn(true);
        assertTrue(lab.end(1, 3, 1).isProtocolUp());
        assertTrue(lab.router(3).log().messages().stream().anyMatch(m -> m.text().startsWith("%SYS-5-RESTART")));
        lab.run(120);
        assertEquals(OspfLab.linkAddress(1, 3, 3), nextHop(lab, 1, 3));
    }
}
