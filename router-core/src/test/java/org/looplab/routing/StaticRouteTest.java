package org.looplab.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;
import org.looplab.scenario.LineLab;

class StaticRouteTest {
    private LineLab line;
    private Router r1;

    @BeforeEach
    void line() {
        line = new LineLab(1, 500_000, 500_000);
        r1 = line.r1;
    }

    private static Ipv4Address a(String text) {
        return Ipv4Address.of(text);
    }

    private static Ipv4Prefix p(String network, int length) {
        return new Ipv4Prefix(a(network), length);
    }

    private String add(String network, String mask, InterfaceName out, String nextHop, int distance) {
        return r1.addStaticRoute(a(network), a(mask), out, nextHop == null ? null : a(nextHop), distance);
    }

    private Route staticAt(Ipv4Prefix prefix) {
        Route best = r1.rib().get(prefix);
        return best != null && best.source() == RouteSource.STATIC ? best : null;
    }

    @Test
    void refusesWhatIosRefusesAndChangesNothing() {
        assertEquals("%Inconsistent address and mask", add("10.0.0.1", "255.0.0.0", null, "10.0.12.2", 1));
        assertEquals("%Inconsistent address and mask", add("10.0.0.0", "255.0.255.0", null, "10.0.12.2", 1));
        assertEquals("%Invalid next hop address (it's this router)", add("192.0.2.0", "255.255.255.0", null, "10.0.12.1", 1));
        assertEquals("%Invalid next hop address (it's this router)", add("192.0.2.0", "255.255.255.0", null, "10.0.0.1", 1));
        assertEquals("%Invalid destination prefix", add("127.0.0.0", "255.0.0.0", null, "10.0.12.2", 1));
        assertEquals("%Invalid destination prefix", add("224.0.0.0", "240.0.0.0", null, "10.0.12.2", 1));
        assertEquals("%Invalid next hop address", add("192.0.2.0", "255.255.255.0", null, "224.0.0.5", 1));
        assertEquals(StaticRouteRules.INVALID_INPUT, add("192.0.2.0", "255.255.255.0", null, "10.0.12.2", 0));
        assertEquals(StaticRouteRules.INVALID_INPUT, add("192.0.2.0", "255.255.255.0", null, "10.0.12.2", 256));
        assertEquals(StaticRouteRules.INVALID_INPUT, add("192.0.2.0", "255.255.255.0", InterfaceName.loopback(7), null, 1));
        assertEquals(List.of(), r1.staticRoutes());
        assertEquals("%No matching route to delete", r1.removeStaticRoute(a("192.0.2.0"), a("255.255.255.0"), null, null));
    }

    @Test
    void aNextHopOnAConnectedSubnetIsResolvedAndForwardedTo() {
        assertNull(add("10.0.0.3", "255.255.255.255", null, "10.0.12.2", 1));
        Route route = staticAt(p("10.0.0.3", 32));
        assertEquals(new Route(p("10.0.0.3", 32), RouteSource.STATIC, 1, 0, a("10.0.12.2"), null), route);
        assertEquals(List.of(Adjacency.via(LineLab.GI0, a("10.0.12.2"))),
                r1.fib().lookup(a("10.0.0.3")).adjacencies());
    }

    @Test
    void recursionThroughAnotherStaticWithdrawsOnLinkPullAndReturnsOnRestore() {
        assertNull(add("172.16.0.0", "255.255.0.0", null, "10.0.0.2", 1)); // next hop: r2's loopback
        assertNull(staticAt(p("172.16.0.0", 16)), "10.0.0.2 is not reachable yet");
        assertNull(add("10.0.0.2", "255.255.255.255", null, "10.0.12.2", 1));
        assertNotNull(staticAt(p("172.16.0.0", 16)), "installed as soon as its next hop resolves");
        assertEquals(List.of(Adjacency.via(LineLab.GI0, a("10.0.12.2"))), r1.fib().lookup(a("172.16.4.4")).adjacencies());

        line.lab.setConnected(line.link12, false);
        assertNull(staticAt(p("10.0.0.2", 32)));
        assertNull(staticAt(p("172.16.0.0", 16)));
        assertNull(r1.fib().lookup(a("172.16.4.4")));
        assertEquals(2, r1.staticRoutes().size(), "the configuration stays");

        line.lab.setConnected(line.link12, true);
        assertNotNull(staticAt(p("10.0.0.2", 32)));
        assertNotNull(staticAt(p("172.16.0.0", 16)));
    }

    @Test
    void aStaticComesUpWhenItsNextHopSubnetDoes() {
        r1.setShutdown(r1.interfaceNamed(LineLab.GI0), true);
        assertNull(add("10.0.0.3", "255.255.255.255", null, "10.0.12.2", 1));
        assertNull(staticAt(p("10.0.0.3", 32)));
        r1.setShutdown(r1.interfaceNamed(LineLab.GI0), false);
        assertNotNull(staticAt(p("10.0.0.3", 32)));
    }

    @Test
    void staticsCannotKeepEachOtherAlive() {
        assertNull(add("10.9.0.0", "255.255.0.0", null, "10.8.0.1", 1));
        assertNull(add("10.8.0.0", "255.255.0.0", null, "10.9.0.1", 1));
        assertNull(staticAt(p("10.9.0.0", 16)));
        assertNull(staticAt(p("10.8.0.0", 16)));
    }

    @Test
    void aDefaultRouteCatchesEverythingButCannotResolveThroughItself() {
        assertNull(add("0.0.0.0", "0.0.0.0", null, "192.0.2.1", 1));
        assertNull(staticAt(Ipv4Prefix.DEFAULT_ROUTE), "192.0.2.1 would resolve only through the default itself");
        assertNull(r1.removeStaticRoute(a("0.0.0.0"), a("0.0.0.0"), null, null));
        assertNull(add("0.0.0.0", "0.0.0.0", null, "10.0.12.2", 1));
        assertEquals(Ipv4Prefix.DEFAULT_ROUTE, r1.rib().lookup(a("198.51.100.7")).prefix());
        assertEquals(24, r1.rib().lookup(a("10.0.12.9")).prefix().length(), "longer prefixes still win");
        line.lab.setConnected(line.link12, false);
        assertNull(r1.rib().lookup(a("198.51.100.7")));
    }

    @Test
    void null0IsAlwaysUpAndAFloatingStaticTakesOverWhenThePrimaryGoes() {
        assertNull(add("192.0.2.0", "255.255.255.0", null, "10.0.12.2", 1));
        assertNull(add("192.0.2.0", "255.255.255.0", InterfaceName.nullInterface(), null, 250));
        assertEquals(a("10.0.12.2"), staticAt(p("192.0.2.0", 24)).nextHop());
        assertEquals(2, r1.rib().candidates(p("192.0.2.0", 24)).size());
        line.lab.setConnected(line.link12, false);
        Route floating = staticAt(p("192.0.2.0", 24));
        assertTrue(floating.isDiscard());
        assertEquals(250, floating.distance());
        assertEquals(Adjacency.Kind.DROP, r1.fib().lookup(a("192.0.2.1")).adjacencies().get(0).kind());
        line.lab.setConnected(line.link12, true);
        assertEquals(a("10.0.12.2"), staticAt(p("192.0.2.0", 24)).nextHop());
    }

    @Test
    void anInterfaceStaticFollowsLineProtocolEvenWithoutAnAddress() {
        Router r4 = line.lab.addRouter("r4");
        line.lab.connect(r1, InterfaceName.gigabitEthernet(2), r4, LineLab.GI0);
        r1.setShutdown(r1.interfaceNamed(InterfaceName.gigabitEthernet(2)), false);
        assertNull(add("198.51.100.0", "255.255.255.0", InterfaceName.gigabitEthernet(2), null, 1));
        assertNull(staticAt(p("198.51.100.0", 24)), "far end still shut");
        r4.setShutdown(r4.interfaceNamed(LineLab.GI0), false);
        Route route = staticAt(p("198.51.100.0", 24));
        assertEquals(InterfaceName.gigabitEthernet(2), route.outgoing());
        assertNull(route.nextHop());
        r4.setShutdown(r4.interfaceNamed(LineLab.GI0), true);
        assertNull(staticAt(p("198.51.100.0", 24)));
    }

    @Test
    void enteringTheSameRouteWithAnotherDistanceReplacesIt() {
        assertNull(add("192.0.2.0", "255.255.255.0", null, "10.0.12.2", 1));
        assertNull(add("192.0.2.0", "255.255.255.0", null, "10.0.12.2", 200));
        assertEquals(1, r1.staticRoutes().size());
        assertEquals(200, r1.staticRoutes().get(0).distance());
        assertEquals(200, staticAt(p("192.0.2.0", 24)).distance());
        assertNull(r1.removeStaticRoute(a("192.0.2.0"), a("255.255.255.0"), null, a("10.0.12.2")));
        assertNull(staticAt(p("192.0.2.0", 24)));
        assertFalse(r1.isStaticRouteUsable(StaticRoute.viaNextHop(p("192.0.2.0", 24), a("10.0.12.2"))));
    }

    @Test
    void equalStaticsToTwoNextHopsShareTheLoad() {
        Router r4 = line.lab.addRouter("r4");
        line.lab.connect(r1, InterfaceName.gigabitEthernet(1), r4, LineLab.GI0);
        LineLab.up(r1, InterfaceName.gigabitEthernet(1), "10.0.14.1", "255.255.255.0");
        LineLab.up(r4, LineLab.GI0, "10.0.14.4", "255.255.255.0");
        assertNull(add("192.0.2.0", "255.255.255.0", null, "10.0.12.2", 1));
        assertNull(add("192.0.2.0", "255.255.255.0", null, "10.0.14.4", 1));
        assertEquals(2, r1.rib().paths(p("192.0.2.0", 24)).size());
        assertEquals(2, r1.fib().lookup(a("192.0.2.1")).adjacencies().size());
        line.lab.setConnected(line.link12, false);
        assertEquals(List.of(Adjacency.via(InterfaceName.gigabitEthernet(1), a("10.0.14.4"))),
                r1.fib().lookup(a("192.0.2.1")).adjacencies());
    }
}
