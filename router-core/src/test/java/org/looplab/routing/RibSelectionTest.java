package org.looplab.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.router.InterfaceName;

class RibSelectionTest {
    private static final Ipv4Prefix NET = Ipv4Prefix.containing(Ipv4Address.of("192.0.2.0"), 24);
    private static final InterfaceName GI0 = InterfaceName.gigabitEthernet(0);
    private static final InterfaceName GI1 = InterfaceName.gigabitEthernet(1);

    private static Route route(RouteSource source, int metric, String nextHop, InterfaceName out) {
        return new Route(NET, source, source.defaultDistance(), metric, Ipv4Address.of(nextHop), out);
    }

    @Test
    void iosDefaultDistances() {
        assertEquals(0, RouteSource.CONNECTED.defaultDistance());
        assertEquals(1, RouteSource.STATIC.defaultDistance());
        assertEquals(20, RouteSource.EBGP.defaultDistance());
        assertEquals(110, RouteSource.OSPF.defaultDistance());
        assertEquals(200, RouteSource.IBGP.defaultDistance());
        assertEquals("S", RouteSource.STATIC.code());
        assertEquals("O", RouteSource.OSPF.code());
        assertEquals("B", RouteSource.EBGP.code());
    }

    @Test
    void theLowestDistanceWinsAndTheNextTakesOverWhenItGoes() {
        Rib rib = new Rib();
        rib.install(route(RouteSource.IBGP, 0, "10.0.0.9", null));
        rib.install(route(RouteSource.OSPF, 20, "10.0.12.2", GI0));
        rib.install(route(RouteSource.EBGP, 0, "10.0.13.3", GI1));
        assertEquals(RouteSource.EBGP, rib.get(NET).source());
        rib.install(route(RouteSource.STATIC, 0, "10.0.12.2", null));
        assertEquals(RouteSource.STATIC, rib.lookup(Ipv4Address.of("192.0.2.77")).source());
        assertEquals(4, rib.candidates(NET).size());
        rib.remove(NET, RouteSource.STATIC);
        assertEquals(RouteSource.EBGP, rib.get(NET).source());
        rib.remove(NET, RouteSource.EBGP);
        assertEquals(RouteSource.OSPF, rib.get(NET).source());
        rib.remove(NET, RouteSource.OSPF);
        assertEquals(RouteSource.IBGP, rib.get(NET).source());
        rib.remove(NET, RouteSource.IBGP);
        assertNull(rib.get(NET));
        assertEquals(0, rib.size());
    }

    @Test
    void equalCostPathsAreAllKeptAndAWorseMetricIsNot() {
        Rib rib = new Rib();
        Route viaA = route(RouteSource.OSPF, 2, "10.0.12.2", GI0);
        Route viaB = route(RouteSource.OSPF, 2, "10.0.13.3", GI1);
        Route worse = route(RouteSource.OSPF, 3, "10.0.14.4", InterfaceName.gigabitEthernet(2));
        rib.replace(NET, RouteSource.OSPF, List.of(viaA, worse, viaB));
        assertEquals(List.of(viaA, viaB), rib.paths(NET));
        assertEquals(viaA, rib.get(NET), "the first path stays the answer of get() and lookup()");
        assertEquals(List.of(viaA, viaB), rib.lookupPaths(Ipv4Address.of("192.0.2.1")));
        assertEquals(List.of(viaA, viaB), rib.selectedPaths());
    }

    @Test
    void aFloatingStaticWaitsBehindTheLowerDistance() {
        Rib rib = new Rib();
        Route primary = new Route(NET, RouteSource.STATIC, 1, 0, Ipv4Address.of("10.0.12.2"), null);
        Route floating = new Route(NET, RouteSource.STATIC, 120, 0, Ipv4Address.of("10.0.13.3"), null);
        Route ospf = route(RouteSource.OSPF, 10, "10.0.14.4", GI0);
        rib.replace(NET, RouteSource.STATIC, List.of(primary, floating));
        rib.install(ospf);
        assertEquals(List.of(primary), rib.paths(NET));
        rib.replace(NET, RouteSource.STATIC, List.of(floating));
        assertEquals(List.of(ospf), rib.paths(NET), "OSPF (110) beats the static at 120");
    }

    @Test
    void longestPrefixWins() {
        Rib rib = new Rib();
        rib.install(Route.connected(Ipv4Prefix.containing(Ipv4Address.of("10.0.0.0"), 8), GI0));
        rib.install(Route.connected(Ipv4Prefix.containing(Ipv4Address.of("10.1.0.0"), 16), GI1));
        rib.install(new Route(Ipv4Prefix.DEFAULT_ROUTE, RouteSource.STATIC, 1, 0, Ipv4Address.of("10.0.0.1"), null));
        assertEquals(16, rib.lookup(Ipv4Address.of("10.1.2.3")).prefix().length());
        assertEquals(8, rib.lookup(Ipv4Address.of("10.2.2.3")).prefix().length());
        assertEquals(0, rib.lookup(Ipv4Address.of("192.0.2.1")).prefix().length());
    }

    @Test
    void listenersHearSelectionChangesOnly() {
        List<Ipv4Prefix> heard = new ArrayList<>();
        Rib rib = new Rib();
        rib.addListener(heard::add);
        rib.install(route(RouteSource.STATIC, 0, "10.0.12.2", null));
        rib.install(route(RouteSource.OSPF, 5, "10.0.12.2", GI0)); // loses: no change
        rib.install(route(RouteSource.STATIC, 0, "10.0.12.2", null)); // same again: no change
        assertEquals(List.of(NET), heard);
        rib.remove(NET, RouteSource.STATIC);
        assertEquals(List.of(NET, NET), heard);
    }

    @Test
    void selectionIsStampedWithTheVirtualClock() {
        long[] now = {5_000};
        Rib rib = new Rib(() -> now[0]);
        rib.install(route(RouteSource.OSPF, 5, "10.0.12.2", GI0));
        now[0] = 9_000;
        rib.install(route(RouteSource.IBGP, 0, "10.0.12.9", null));
        assertEquals(5_000, rib.selectedSince(NET), "a losing candidate does not reset the age");
        rib.install(route(RouteSource.STATIC, 0, "10.0.12.2", null));
        assertEquals(9_000, rib.selectedSince(NET));
        assertTrue(rib.version() > 0);
    }
}
