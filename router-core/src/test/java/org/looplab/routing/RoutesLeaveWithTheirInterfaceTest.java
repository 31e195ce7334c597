package org.looplab.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.scenario.OspfLab;

/**
 * When an interface goes down, every route out of it leaves the RIB and the FIB at once, as on IOS:
 * OSPF's SPF runs later (throttled) and offers the new paths then, but nothing is forwarded into the dead
 * interface meanwhile.
 */
class RoutesLeaveWithTheirInterfaceTest {
    @Test
    void aPulledCableTakesItsOspfRoutesWithItBeforeSpfRuns() {
        // A triangle: r1 reaches r2's loopback directly, and through r3 when that link is gone.
        OspfLab lab = new OspfLab(3, 3, new int[][] {{1, 2}, {1, 3}, {2, 3}});
        lab.run(120);
        Interface toR2 = lab.end(1, 2, 1);
        InterfaceName dead = toR2.name();
        assertEquals(dead, lab.paths(1, OspfLab.loopbackPrefix(2)).get(0).outgoing());
        assertTrue(lab.ping(1, OspfLab.loopback(2)));

        lab.lab.setConnected(lab.link(1, 2), false);
        // No virtual time has passed: SPF has not run, yet no route and no FIB entry points into the dead port.
        assertTrue(lab.router(1).rib().selectedPaths().stream().noneMatch(route -> dead.equals(route.outgoing())),
                lab.router(1).rib().selectedPaths().toString());
        FibEntry entry = lab.router(1).fib().lookup(OspfLab.loopback(2));
        assertTrue(entry == null || entry.adjacencies().stream().noneMatch(hop -> dead.equals(hop.outgoing())),
                String.valueOf(entry));

        // Once SPF has run, the path through r3 carries the ping.
        lab.run(15);
        assertFalse(lab.paths(1, OspfLab.loopbackPrefix(2)).isEmpty());
        assertEquals(lab.end(1, 3, 1).name(), lab.paths(1, OspfLab.loopbackPrefix(2)).get(0).outgoing());
        assertTrue(lab.ping(1, OspfLab.loopback(2)));
    }
}
