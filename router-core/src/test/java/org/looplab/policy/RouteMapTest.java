package org.looplab.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.bgp.AsNumber;
import org.looplab.bgp.Origin;
import org.looplab.router.Lab;
import org.looplab.sim.Kernel;

class RouteMapTest {
    private final RoutingPolicies policies = RoutingPolicies.of(new Lab("t", new Kernel(1)).addRouter("r1"));

    @Test
    void defaultsToPermitTen() {
        RouteMapEntry entry = policies.enterRouteMap("RM", null, null);
        assertEquals(new RouteMapEntry(10, true, List.of(), List.of()), entry);
        assertEquals(List.of(entry), policies.routeMap("RM").entries());
    }

    @Test
    void withoutSequenceTheOnlyEntryIsEditedElseIosAsksForIt() {
        policies.enterRouteMap("RM", false, 20);
        RouteMapEntry edited = policies.enterRouteMap("RM", null, null);
        assertEquals(20, edited.sequence());
        assertTrue(edited.permit(), "IOS makes the entry permit when the action is left out");
        policies.enterRouteMap("RM", true, 30);
        assertNull(policies.enterRouteMap("RM", null, null));
        assertEquals(2, policies.routeMap("RM").entries().size());
    }

    @Test
    void matchClausesAccumulateAndClausesKeepIosOrder() {
        policies.enterRouteMap("RM", true, 10);
        policies.addSet("RM", 10, new RouteMapSet.LocalPreference(200));
        policies.addMatch("RM", 10, new RouteMapMatch.AsPath(List.of(1)));
        policies.addMatch("RM", 10, new RouteMapMatch.PrefixList(List.of("A")));
        policies.addMatch("RM", 10, new RouteMapMatch.PrefixList(List.of("B", "A")));
        policies.addSet("RM", 10, new RouteMapSet.Metric(5));
        policies.addSet("RM", 10, new RouteMapSet.LocalPreference(300));
        RouteMapEntry entry = policies.routeMap("RM").entry(10);
        assertEquals(List.of(new RouteMapMatch.PrefixList(List.of("A", "B")), new RouteMapMatch.AsPath(List.of(1))),
                entry.matches());
        assertEquals(List.of(new RouteMapSet.Metric(5), new RouteMapSet.LocalPreference(300)), entry.sets());
    }

    @Test
    void noFormsRemoveNamesClausesEntriesAndMaps() {
        policies.enterRouteMap("RM", true, 10);
        policies.addMatch("RM", 10, new RouteMapMatch.PrefixList(List.of("A", "B")));
        policies.addSet("RM", 10, new RouteMapSet.SetOrigin(Origin.IGP));
        policies.addSet("RM", 10, new RouteMapSet.AsPathPrepend(List.of(new AsNumber(65000))));
        policies.removeMatch("RM", 10, new RouteMapMatch.PrefixList(List.of("A")));
        assertEquals(List.of(new RouteMapMatch.PrefixList(List.of("B"))), policies.routeMap("RM").entry(10).matches());
        policies.removeMatch("RM", 10, new RouteMapMatch.PrefixList(List.of()));
        policies.removeSet("RM", 10, RouteMapSet.SetOrigin.class);
        RouteMapEntry entry = policies.routeMap("RM").entry(10);
        assertTrue(entry.matches().isEmpty());
        assertEquals(1, entry.sets().size());
        policies.enterRouteMap("RM", false, 20);
        policies.removeRouteMapEntry("RM", 10);
        assertEquals(List.of(20), policies.routeMap("RM").entries().stream().map(RouteMapEntry::sequence).toList());
        policies.removeRouteMapEntry("RM", 20);
        assertNull(policies.routeMap("RM"));
    }

    @Test
    void listenersHearOfChanges() {
        int[] calls = new int[1];
        policies.addChangeListener(() -> calls[0]++);
        policies.enterRouteMap("RM", true, 10);
        policies.addSet("RM", 10, new RouteMapSet.Weight(100));
        assertEquals(2, calls[0]);
        assertFalse(policies.routeMaps().isEmpty());
    }
}
