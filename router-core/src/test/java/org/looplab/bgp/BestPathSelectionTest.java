package org.looplab.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.looplab.bgp.attr.PathAttributes;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.policy.RouteMapSet;
import org.looplab.policy.RoutingPolicies;
import org.looplab.router.InterfaceName;
import org.looplab.routing.Route;
import org.looplab.scenario.BgpLab;
import org.looplab.scenario.LineLab;
import org.looplab.scenario.OspfLab;

/**
 * Issue 8 section 7.7: each step of IOS's best path selection, driven from configuration. r1 (AS 65001)
 * hears 192.0.2.0/24 from r2 and r3 on its links; each test changes one thing and checks which path
 * wins and the step recorded as the reason.
 */
class BestPathSelectionTest {
    static final Ipv4Prefix PREFIX = BgpLab.prefix("192.0.2.0/24");
    static final InterfaceName LO1 = InterfaceName.loopback(1);
    static final Ipv4Address R2 = OspfLab.linkAddress(1, 2, 2);
    static final Ipv4Address R3 = OspfLab.linkAddress(1, 3, 3);

    /** r2 and r3 in the given ASes, both originating PREFIX; router IDs 2.2.2.2 and 3.3.3.3. */
    static BgpLab lab(long as2, long as3) {
        BgpLab lab = new BgpLab(17, 3, new int[][] {{1, 2}, {1, 3}}, false);
        lab.start(1, 65001);
        lab.start(2, as2);
        lab.start(3, as3);
        for (int i = 1; i <= 3; i++) {
            lab.bgp(i).setRouterId(OspfLab.loopback(i));
        }
        for (int i = 2; i <= 3; i++) {
            LineLab.up(lab.router(i), LO1, "192.0.2.1", "255.255.255.0");
            lab.network(i, PREFIX);
            lab.neighbor(i, OspfLab.linkAddress(1, i, 1), 65001);
        }
        return lab;
    }

    static void peerR1(BgpLab lab, long as2, long as3) {
        lab.neighbor(1, R2, as2);
        lab.neighbor(1, R3, as3);
    }

    static LocRibEntry decide(BgpLab lab) {
        lab.run(60);
        LocRibEntry entry = lab.speaker(1).entry(PREFIX);
        assertNotNull(entry);
        assertEquals(2, entry.pathCount(), entry.toString());
        return entry;
    }

    static void assertBest(LocRibEntry entry, Ipv4Address from, BestPathStep reason) {
        assertEquals(from, entry.best().source().peerAddress(), entry.toString());
        assertEquals(reason, entry.bestPathReason(), entry.toString());
    }

    static void routeMap(BgpLab lab, int router, String name, RouteMapSet set) {
        RoutingPolicies policies = RoutingPolicies.of(lab.router(router));
        policies.enterRouteMap(name, true, 10);
        policies.addSet(name, 10, set);
    }

    @Test
    void nextHopUnreachableIsNotACandidate() {
        BgpLab lab = lab(65002, 65003);
        peerR1(lab, 65002, 65003);
        lab.set(1, R3, NeighborSetting.WEIGHT, 500);
        routeMap(lab, 1, "AWAY", new RouteMapSet.IpNextHop(Ipv4Address.of("203.0.113.1")));
        lab.set(1, R3, NeighborSetting.ROUTE_MAP_IN, "AWAY");
        LocRibEntry entry = decide(lab);
        assertEquals(R2, entry.best().source().peerAddress());
        BgpPath unreachable = entry.paths().get(1);
        assertFalse(unreachable.isValid());
    }

    @Test
    void weight() {
        BgpLab lab = lab(65002, 65003);
        peerR1(lab, 65002, 65003);
        lab.set(1, R3, NeighborSetting.WEIGHT, 100);
        assertBest(decide(lab), R3, BestPathStep.WEIGHT);
    }

    @Test
    void localPreference() {
        BgpLab lab = lab(65002, 65003);
        routeMap(lab, 1, "LP", new RouteMapSet.LocalPreference(200));
        peerR1(lab, 65002, 65003);
        lab.set(1, R3, NeighborSetting.ROUTE_MAP_IN, "LP");
        assertBest(decide(lab), R3, BestPathStep.LOCAL_PREFERENCE);
    }

    @Test
    void locallyOriginated() {
        BgpLab lab = lab(65002, 65003);
        LineLab.up(lab.router(1), LO1, "192.0.2.1", "255.255.255.0");
        lab.network(1, PREFIX);
        peerR1(lab, 65002, 65003);
        lab.set(1, R2, NeighborSetting.WEIGHT, PathAttributes.LOCAL_WEIGHT);
        lab.set(1, R3, NeighborSetting.WEIGHT, PathAttributes.LOCAL_WEIGHT);
        lab.run(60);
        LocRibEntry entry = lab.speaker(1).entry(PREFIX);
        assertEquals(3, entry.pathCount());
        assertTrue(entry.best().isLocal());
        assertEquals(BestPathStep.LOCALLY_ORIGINATED, entry.bestPathReason());
    }

    @Test
    void asPathLength() {
        BgpLab lab = lab(65002, 65003);
        routeMap(lab, 2, "PREPEND", new RouteMapSet.AsPathPrepend(List.of(new AsNumber(65002), new AsNumber(65002))));
        lab.set(2, OspfLab.linkAddress(1, 2, 1), NeighborSetting.ROUTE_MAP_OUT, "PREPEND");
        peerR1(lab, 65002, 65003);
        LocRibEntry entry = decide(lab);
        assertBest(entry, R3, BestPathStep.AS_PATH_LENGTH);
        assertEquals("65002 65002 65002", entry.paths().get(1).attributes().asPath().toString());
    }

    @Test
    void asPathIgnoreSkipsTheLengthStep() {
        BgpLab lab = lab(65002, 65003);
        routeMap(lab, 2, "PREPEND", new RouteMapSet.AsPathPrepend(List.of(new AsNumber(65002), new AsNumber(65002))));
        lab.set(2, OspfLab.linkAddress(1, 2, 1), NeighborSetting.ROUTE_MAP_OUT, "PREPEND");
        lab.bgp(1).setBestpath(BestpathOption.AS_PATH_IGNORE, true);
        peerR1(lab, 65002, 65003);
        assertFalse(decide(lab).bestPathReason() == BestPathStep.AS_PATH_LENGTH);
    }

    @Test
    void origin() {
        BgpLab lab = lab(65002, 65003);
        routeMap(lab, 2, "INCOMPLETE", new RouteMapSet.SetOrigin(Origin.INCOMPLETE));
        lab.set(2, OspfLab.linkAddress(1, 2, 1), NeighborSetting.ROUTE_MAP_OUT, "INCOMPLETE");
        peerR1(lab, 65002, 65003);
        assertBest(decide(lab), R3, BestPathStep.ORIGIN);
    }

    @Test
    void medBetweenPathsFromTheSameAs() {
        BgpLab lab = lab(65002, 65002);
        routeMap(lab, 2, "MED", new RouteMapSet.Metric(50));
        routeMap(lab, 3, "MED", new RouteMapSet.Metric(10));
        lab.set(2, OspfLab.linkAddress(1, 2, 1), NeighborSetting.ROUTE_MAP_OUT, "MED");
        lab.set(3, OspfLab.linkAddress(1, 3, 1), NeighborSetting.ROUTE_MAP_OUT, "MED");
        peerR1(lab, 65002, 65002);
        assertBest(decide(lab), R3, BestPathStep.MED);
    }

    /**
     * Three eBGP paths, oldest first: r2 (AS 65002, MED 50), r3 (AS 65003), r4 (AS 65002, MED 10). IOS
     * walks them newest first: r4 against r3 (different ASes: no MED; the older r3 wins), then r3 against
     * r2 (the older r2 wins): r2, although its own AS offers r4 with a better MED. With {@code bgp
     * deterministic-med} the AS 65002 group is decided first (r4, by MED), then r4 against r3: r3.
     */
    @Test
    void deterministicMedComparesMedWithinEachNeighbouringAsFirst() {
        BgpLab lab = new BgpLab(17, 4, new int[][] {{1, 2}, {1, 3}, {1, 4}}, false);
        lab.start(1, 65001);
        long[] as = {0, 0, 65002, 65003, 65002};
        for (int i = 2; i <= 4; i++) {
            lab.start(i, as[i]);
        }
        for (int i = 1; i <= 4; i++) {
            lab.bgp(i).setRouterId(OspfLab.loopback(i));
        }
        long[] med = {0, 0, 50, 0, 10};
        for (int i = 2; i <= 4; i++) {
            LineLab.up(lab.router(i), LO1, "192.0.2.1", "255.255.255.0");
            lab.network(i, PREFIX);
            lab.neighbor(i, OspfLab.linkAddress(1, i, 1), 65001);
            routeMap(lab, i, "MED", new RouteMapSet.Metric(med[i]));
            lab.set(i, OspfLab.linkAddress(1, i, 1), NeighborSetting.ROUTE_MAP_OUT, "MED");
        }
        Ipv4Address r4 = OspfLab.linkAddress(1, 4, 4);
        for (int i = 2; i <= 4; i++) { // r2's path arrives first, r4's last
            lab.neighbor(1, OspfLab.linkAddress(1, i, i), as[i]);
            lab.run(60);
        }
        LocRibEntry entry = lab.speaker(1).entry(PREFIX);
        assertEquals(3, entry.pathCount(), entry.toString());
        assertEquals(R2, entry.best().source().peerAddress(), entry.toString());

        lab.bgp(1).setBestpath(BestpathOption.DETERMINISTIC_MED, true);
        lab.run(1);
        assertEquals(R3, entry.best().source().peerAddress(), entry.toString());
        assertEquals(R3, lab.router(1).rib().lookup(Ipv4Address.of("192.0.2.1")).nextHop(), entry.toString());

        // Without r3, the AS 65002 group is all there is: MED decides with or without the knob.
        lab.bgp(1).setBestpath(BestpathOption.DETERMINISTIC_MED, false);
        lab.run(1);
        assertEquals(R2, lab.speaker(1).entry(PREFIX).best().source().peerAddress());
        lab.set(1, R3, NeighborSetting.SHUTDOWN, true);
        lab.run(5);
        assertBest(lab.speaker(1).entry(PREFIX), r4, BestPathStep.MED);
    }

    /**
     * A path originated by {@code network} carries MED (the route's metric), so a path without one is made
     * here directly: 0 by default, the worst with {@code bgp bestpath med missing-as-worst}.
     */
    @Test
    void medMissingAsWorst() {
        PathSource a = new PathSource(R2, OspfLab.loopback(2), 65002, false, false);
        PathSource b = new PathSource(R3, OspfLab.loopback(3), 65002, false, false);
        PathAttributes.Builder common = PathAttributes.builder().asPath(org.looplab.bgp.attr.AsPath.sequence(65002))
                .nextHop(R2);
        BgpPath withMed = new BgpPath(common.med(50).build(), a, 0);
        BgpPath without = new BgpPath(common.med(-1).build(), b, 1);
        BestPathSelection.Settings plain = new BestPathSelection.Settings(100, Set.of(), nextHop -> 0);
        BestPathSelection.Settings worst = new BestPathSelection.Settings(100,
                Set.of(BestpathOption.MED_MISSING_AS_WORST), nextHop -> 0);
        assertTrue(BestPathSelection.compare(without, withMed, plain) < 0);
        assertTrue(BestPathSelection.compare(without, withMed, worst) > 0);
        assertEquals(BestPathStep.MED, BestPathSelection.step(BestPathSelection.compare(without, withMed, worst)));
    }

    @Test
    void medFromDifferentAsesOnlyWithAlwaysCompareMed() {
        BgpLab lab = lab(65002, 65003);
        routeMap(lab, 2, "MED", new RouteMapSet.Metric(10));
        routeMap(lab, 3, "MED", new RouteMapSet.Metric(50));
        lab.set(2, OspfLab.linkAddress(1, 2, 1), NeighborSetting.ROUTE_MAP_OUT, "MED");
        lab.set(3, OspfLab.linkAddress(1, 3, 1), NeighborSetting.ROUTE_MAP_OUT, "MED");
        peerR1(lab, 65002, 65003);
        assertFalse(decide(lab).bestPathReason() == BestPathStep.MED);
        lab.bgp(1).setBestpath(BestpathOption.ALWAYS_COMPARE_MED, true);
        assertBest(lab.speaker(1).entry(PREFIX), R2, BestPathStep.MED);
    }

    @Test
    void externalOverInternal() {
        BgpLab lab = lab(65001, 65003);
        // r2 is iBGP: give its path one AS so that the AS path lengths tie.
        routeMap(lab, 2, "PREPEND", new RouteMapSet.AsPathPrepend(List.of(new AsNumber(65009))));
        lab.set(2, OspfLab.linkAddress(1, 2, 1), NeighborSetting.ROUTE_MAP_OUT, "PREPEND");
        peerR1(lab, 65001, 65003);
        LocRibEntry entry = decide(lab);
        assertBest(entry, R3, BestPathStep.EXTERNAL_OVER_INTERNAL);
        assertTrue(entry.paths().get(1).isInternal());
    }

    @Test
    void igpMetricToTheNextHop() {
        BgpLab lab = BgpScenarioTest.igpLab(19, 3, BgpScenarioTest.TRIANGLE);
        for (int i = 1; i <= 3; i++) {
            lab.start(i, 65000);
        }
        InterfaceName lo2 = InterfaceName.loopback(2);
        for (int i = 2; i <= 3; i++) {
            LineLab.up(lab.router(i), lo2, "192.0.2.1", "255.255.255.0");
            lab.network(i, PREFIX);
            lab.loopbackPeer(i, 1, 65000);
            lab.loopbackPeer(1, i, 65000);
        }
        lab.router(1).ospf().setCost(lab.net.end(1, 3, 1), 100);
        lab.run(150);
        LocRibEntry entry = lab.speaker(1).entry(PREFIX);
        assertEquals(2, entry.pathCount(), entry.toString());
        assertEquals(OspfLab.loopback(2), entry.best().source().peerAddress(), entry.toString());
        assertEquals(BestPathStep.IGP_METRIC, entry.bestPathReason());
    }

    @Test
    void multipath() {
        BgpLab lab = lab(65002, 65002);
        lab.bgp(1).setMaximumPaths(2, false);
        peerR1(lab, 65002, 65002);
        LocRibEntry entry = decide(lab);
        assertTrue(entry.best().isMultipath());
        assertTrue(entry.paths().get(1).isMultipath());
        List<Route> installed = lab.router(1).rib().paths(PREFIX);
        assertEquals(2, installed.size(), installed.toString());
    }

    @Test
    void oldestExternalPath() {
        BgpLab lab = lab(65002, 65002);
        lab.neighbor(1, R3, 65002); // r3 (router ID 3.3.3.3) first
        lab.run(60);
        lab.neighbor(1, R2, 65002);
        assertBest(decide(lab), R3, BestPathStep.OLDEST_EXTERNAL);
    }

    @Test
    void routerIdWithCompareRouterId() {
        BgpLab lab = lab(65002, 65002);
        lab.bgp(1).setBestpath(BestpathOption.COMPARE_ROUTER_ID, true);
        lab.neighbor(1, R3, 65002);
        lab.run(60);
        lab.neighbor(1, R2, 65002);
        assertBest(decide(lab), R2, BestPathStep.ROUTER_ID);
    }

    @Test
    void lowestNeighborAddressWhenRouterIdsTie() {
        BgpLab lab = lab(65002, 65002);
        lab.bgp(2).setRouterId(Ipv4Address.of("9.9.9.9"));
        lab.bgp(3).setRouterId(Ipv4Address.of("9.9.9.9"));
        lab.bgp(1).setBestpath(BestpathOption.COMPARE_ROUTER_ID, true);
        lab.neighbor(1, R3, 65002);
        lab.run(60);
        lab.neighbor(1, R2, 65002);
        assertBest(decide(lab), R2, BestPathStep.NEIGHBOR_ADDRESS);
    }

    /** Reflected paths are not easy to make tie up to this step from configuration: compared directly. */
    @Test
    void shorterClusterListWins() {
        PathSource reflector1 = new PathSource(Ipv4Address.of("10.0.0.1"), Ipv4Address.of("1.1.1.1"), 65000, true, false);
        PathSource reflector2 = new PathSource(Ipv4Address.of("10.0.0.2"), Ipv4Address.of("2.2.2.2"), 65000, true, false);
        PathAttributes.Builder common = PathAttributes.builder().nextHop(Ipv4Address.of("9.9.9.9")).localPref(100)
                .originatorId(Ipv4Address.of("9.9.9.9"));
        BgpPath two = new BgpPath(common.clusterList(new Ipv4Address[] {Ipv4Address.of("1.1.1.1"),
                Ipv4Address.of("3.3.3.3")}).build(), reflector1, 0);
        BgpPath one = new BgpPath(common.clusterList(new Ipv4Address[] {Ipv4Address.of("2.2.2.2")}).build(), reflector2, 1);
        BestPathSelection.Settings settings = new BestPathSelection.Settings(100, Set.of(), nextHop -> 10);
        int comparison = BestPathSelection.compare(one, two, settings);
        assertTrue(comparison < 0);
        assertEquals(BestPathStep.CLUSTER_LIST_LENGTH, BestPathSelection.step(comparison));
    }
}
