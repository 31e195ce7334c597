package org.looplab.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.router.InterfaceName;

class FibTest {
    private static final InterfaceName GI0 = InterfaceName.gigabitEthernet(0);
    private static final InterfaceName GI1 = InterfaceName.gigabitEthernet(1);
    private static final InterfaceName LO0 = InterfaceName.loopback(0);

    private static Ipv4Prefix prefix(String network, int length) {
        return new Ipv4Prefix(Ipv4Address.of(network), length);
    }

    private static Rib twoInterfaces() {
        Rib rib = new Rib();
        rib.install(Route.connected(prefix("10.0.12.0", 24), GI0));
        rib.install(Route.local(Ipv4Address.of("10.0.12.1"), GI0));
        rib.install(Route.connected(prefix("10.0.13.0", 24), GI1));
        rib.install(Route.local(Ipv4Address.of("10.0.13.1"), GI1));
        rib.install(Route.connected(prefix("10.0.0.1", 32), LO0));
        return rib;
    }

    @Test
    void connectedLocalAndLoopbackEntries() {
        Fib fib = Fib.of(twoInterfaces());
        assertEquals(List.of(Adjacency.attached(GI0)), fib.lookup(Ipv4Address.of("10.0.12.7")).adjacencies());
        assertEquals(List.of(Adjacency.receive(GI0)), fib.lookup(Ipv4Address.of("10.0.12.1")).adjacencies());
        assertEquals(List.of(Adjacency.receive(LO0)), fib.lookup(Ipv4Address.of("10.0.0.1")).adjacencies());
        assertNull(fib.lookup(Ipv4Address.of("192.0.2.1")));
    }

    @Test
    void recursiveNextHopsResolveThroughTheRibAndKeepTheirOwnNextHop() {
        Rib rib = twoInterfaces();
        rib.install(new Route(prefix("10.0.0.2", 32), RouteSource.STATIC, 1, 0, Ipv4Address.of("10.0.12.2"), null));
        rib.install(new Route(prefix("172.16.0.0", 16), RouteSource.STATIC, 1, 0, Ipv4Address.of("10.0.0.2"), null));
        Fib fib = Fib.of(rib);
        assertEquals(List.of(Adjacency.via(GI0, Ipv4Address.of("10.0.12.2"))),
                fib.lookup(Ipv4Address.of("172.16.9.9")).adjacencies(), "two levels of recursion");
    }

    @Test
    void equalCostPathsGiveOneAdjacencyEachAndAFlowAlwaysPicksTheSame() {
        Rib rib = twoInterfaces();
        Ipv4Prefix far = prefix("10.0.0.4", 32);
        rib.replace(far, RouteSource.OSPF, List.of(
                new Route(far, RouteSource.OSPF, 110, 3, Ipv4Address.of("10.0.12.2"), GI0),
                new Route(far, RouteSource.OSPF, 110, 3, Ipv4Address.of("10.0.13.3"), GI1)));
        FibEntry entry = Fib.of(rib).lookup(Ipv4Address.of("10.0.0.4"));
        assertEquals(2, entry.adjacencies().size());
        assertEquals(entry.choose(12345), entry.choose(12345));
        assertEquals(entry.adjacencies().get(0), entry.choose(0));
        assertEquals(entry.adjacencies().get(1), entry.choose(1));
    }

    @Test
    void null0DropsAndARecursiveLoopResolvesToNothing() {
        Rib rib = twoInterfaces();
        rib.install(new Route(prefix("192.0.2.0", 24), RouteSource.STATIC, 1, 0, null, InterfaceName.nullInterface()));
        rib.install(new Route(prefix("198.51.100.0", 24), RouteSource.STATIC, 1, 0, Ipv4Address.of("203.0.113.1"), null));
        rib.install(new Route(prefix("203.0.113.0", 24), RouteSource.STATIC, 1, 0, Ipv4Address.of("198.51.100.1"), null));
        Fib fib = Fib.of(rib);
        assertEquals(Adjacency.Kind.DROP, fib.lookup(Ipv4Address.of("192.0.2.5")).adjacencies().get(0).kind());
        assertNull(fib.get(prefix("198.51.100.0", 24)));
    }
}
