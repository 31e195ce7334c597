package org.looplab.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.bgp.attr.PathAttributes;
import org.looplab.config.Type7;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.policy.RouteMapSet;
import org.looplab.policy.RoutingPolicies;
import org.looplab.router.InterfaceName;
import org.looplab.routing.Route;
import org.looplab.routing.RouteSource;
import org.looplab.scenario.BgpLab;
import org.looplab.scenario.LineLab;
import org.looplab.scenario.OspfLab;

/** Session and route features one at a time, configured through the {@link Bgp} API. */
class BgpFeatureTest {
    static final Ipv4Address R1 = OspfLab.linkAddress(1, 2, 1);
    static final Ipv4Address R2 = OspfLab.linkAddress(1, 2, 2);

    /** r1 (AS 65001) and r2 (AS 65002) on one link, eBGP on the link addresses. */
    static BgpLab pair() {
        BgpLab lab = new BgpLab(23, 2, new int[][] {{1, 2}}, false);
        lab.start(1, 65001);
        lab.start(2, 65002);
        lab.neighbor(1, R2, 65002);
        lab.neighbor(2, R1, 65001);
        return lab;
    }

    @Test
    void ibgpPathThatLosesToOspfIsARibFailure() {
        BgpLab lab = BgpScenarioTest.igpLab(29, 3, BgpScenarioTest.TRIANGLE);
        BgpScenarioTest.fullMesh(lab, 3, 65000, true);
        lab.network(2, OspfLab.loopbackPrefix(2));
        lab.run(150);
        LocRibEntry entry = lab.speaker(1).entry(OspfLab.loopbackPrefix(2));
        assertNotNull(entry);
        assertTrue(entry.best().isInternal() && entry.best().isRibFailure(), "r>i " + entry);
        assertEquals(RouteSource.OSPF, lab.router(1).rib().get(OspfLab.loopbackPrefix(2)).source());
        assertFalse(lab.speaker(1).entry(BgpScenarioTest.lo1Prefix(2)).best().isRibFailure());
    }

    @Test
    void neighborShutdownIsIdleAdminAndThePeerHearsCease() {
        BgpLab lab = pair();
        lab.run(30);
        assertEquals(BgpState.ESTABLISHED, lab.peer(1, R2).state());
        lab.set(1, R2, NeighborSetting.SHUTDOWN, true);
        lab.run(5);
        assertEquals("Idle (Admin)", lab.peer(1, R2).stateText());
        assertTrue(lab.log(1).contains("%BGP-5-ADJCHANGE: neighbor 10.1.2.2 Down Admin. shutdown"), lab.bgpLog(1).toString());
        assertTrue(lab.log(2).contains("%BGP-3-NOTIFICATION: received from neighbor 10.1.2.1 6/2 (Administrative Shutdown) 0 bytes"),
                lab.bgpLog(2).toString());
        assertTrue(lab.log(2).contains("%BGP-5-ADJCHANGE: neighbor 10.1.2.1 Down BGP Notification received"));
        lab.run(300);
        assertEquals("Idle (Admin)", lab.peer(1, R2).stateText());
        assertNotEquals(BgpState.ESTABLISHED, lab.peer(2, R1).state());
        lab.set(1, R2, NeighborSetting.SHUTDOWN, null);
        lab.run(150);
        assertEquals(BgpState.ESTABLISHED, lab.peer(1, R2).state(), lab.peer(1, R2).transitions().toString());
    }

    @Test
    void clearIpBgpResetsAndSoftKeepsTheSession() {
        BgpLab lab = pair();
        lab.network(2, OspfLab.loopbackPrefix(2));
        lab.run(30);
        long up = lab.peer(1, R2).upDownSinceNanos();
        lab.speaker(1).clearAll(ClearMode.SOFT);
        lab.run(40);
        assertEquals(up, lab.peer(1, R2).upDownSinceNanos());
        assertEquals(1, lab.peer(1, R2).messages().routeRefreshSent());
        lab.speaker(1).clearNeighbor(R2, ClearMode.HARD);
        assertTrue(lab.log(1).contains("%BGP-5-ADJCHANGE: neighbor 10.1.2.2 Down User reset"), lab.bgpLog(1).toString());
        lab.run(1);
        assertTrue(lab.log(2).contains("%BGP-3-NOTIFICATION: received from neighbor 10.1.2.1 6/4 (Administrative Reset) 0 bytes"),
                lab.bgpLog(2).toString());
        lab.run(60);
        assertEquals(BgpState.ESTABLISHED, lab.peer(1, R2).state());
        assertEquals(DownReason.USER_RESET, lab.peer(1, R2).lastResetReason());
        assertNotNull(lab.router(1).rib().get(OspfLab.loopbackPrefix(2)));
        assertTrue(lab.speaker(1).clearAs(new AsNumber(65002), ClearMode.SOFT_OUT));
    }

    @Test
    void wrongRemoteAsIsRefusedWithBadPeerAs() {
        BgpLab lab = new BgpLab(31, 2, new int[][] {{1, 2}}, false);
        lab.start(1, 65001);
        lab.start(2, 100);
        lab.neighbor(1, R2, 65002);
        lab.neighbor(2, R1, 65001);
        lab.run(60);
        assertNotEquals(BgpState.ESTABLISHED, lab.peer(1, R2).state());
        assertTrue(lab.log(1).stream().anyMatch(line -> line.matches(
                "%BGP-3-NOTIFICATION: sent to neighbor 10.1.2.2 (active|passive) 2/2 \\(peer in wrong AS\\) 2 bytes FDEA")),
                lab.bgpLog(1).toString());
        assertEquals(DownReason.NOTIFICATION_SENT, lab.peer(1, R2).lastResetReason());
        assertTrue(lab.peer(1, R2).neverUp());
    }

    @Test
    void passwordMismatchKeepsTheSessionDown() {
        BgpLab lab = new BgpLab(37, 2, new int[][] {{1, 2}}, false);
        lab.start(1, 65001);
        lab.start(2, 65002);
        lab.neighbor(1, R2, 65002);
        lab.neighbor(2, R1, 65001);
        java.util.Random random = new java.util.Random(1);
        lab.set(1, R2, NeighborSetting.PASSWORD, Type7.encode("cisco", random));
        lab.set(2, R1, NeighborSetting.PASSWORD, Type7.encode("other", random));
        lab.run(200);
        assertNotEquals(BgpState.ESTABLISHED, lab.peer(1, R2).state());
        lab.set(2, R1, NeighborSetting.PASSWORD, Type7.encode("cisco", random));
        lab.run(200);
        assertEquals(BgpState.ESTABLISHED, lab.peer(1, R2).state(), lab.peer(1, R2).transitions().toString());
    }

    @Test
    void maximumPrefixTearsTheSessionDown() {
        BgpLab lab = pair();
        for (int k = 1; k <= 3; k++) {
            LineLab.up(lab.router(2), InterfaceName.loopback(k), "172.20." + k + ".1", "255.255.255.0");
            lab.network(2, BgpLab.prefix("172.20." + k + ".0/24"));
        }
        lab.set(1, R2, NeighborSetting.MAXIMUM_PREFIX, 2L);
        lab.run(60);
        assertEquals("Idle (PfxCt)", lab.peer(1, R2).stateText());
        assertTrue(lab.log(1).stream().anyMatch(line -> line.startsWith("%BGP-3-MAXPFXEXCEED: Number of prefixes received from 10.1.2.2")),
                lab.bgpLog(1).toString());
        lab.run(300);
        assertEquals("Idle (PfxCt)", lab.peer(1, R2).stateText());
        lab.set(1, R2, NeighborSetting.MAXIMUM_PREFIX, 10L);
        lab.speaker(1).clearNeighbor(R2, ClearMode.HARD);
        lab.run(60);
        assertEquals(BgpState.ESTABLISHED, lab.peer(1, R2).state());
        assertEquals(3, lab.peer(1, R2).adjRibIn().acceptedPrefixes());
    }

    @Test
    void aggregateSummaryOnlySuppressesTheMoreSpecifics() {
        BgpLab lab = pair();
        for (int k = 1; k <= 2; k++) {
            LineLab.up(lab.router(2), InterfaceName.loopback(k), "172.20." + k + ".1", "255.255.255.0");
            lab.network(2, BgpLab.prefix("172.20." + k + ".0/24"));
        }
        lab.bgp(2).addAggregate(new AggregateAddress(BgpLab.prefix("172.20.0.0/16"), false, true));
        lab.run(60);
        LocRibEntry specific = lab.speaker(2).entry(BgpLab.prefix("172.20.1.0/24"));
        assertTrue(specific.isSuppressed());
        LocRibEntry aggregate = lab.speaker(2).entry(BgpLab.prefix("172.20.0.0/16"));
        assertTrue(aggregate.best().isAggregate());
        Route discard = lab.router(2).rib().get(BgpLab.prefix("172.20.0.0/16"));
        assertTrue(discard.isDiscard());
        assertNull(lab.speaker(1).entry(BgpLab.prefix("172.20.1.0/24")));
        LocRibEntry received = lab.speaker(1).entry(BgpLab.prefix("172.20.0.0/16"));
        assertNotNull(received);
        assertTrue(received.best().attributes().atomicAggregate());
        assertEquals(65002, received.best().attributes().aggregatorAs());
    }

    @Test
    void redistributeConnectedIsIncompleteWithTheMetricAsMed() {
        BgpLab lab = pair();
        LineLab.up(lab.router(2), InterfaceName.loopback(1), "172.21.0.1", "255.255.255.0");
        lab.bgp(2).addRedistribution(new Redistribution(Redistribution.Source.CONNECTED, 0, null, null));
        lab.run(60);
        LocRibEntry local = lab.speaker(2).entry(BgpLab.prefix("172.21.0.0/24"));
        assertEquals(Origin.INCOMPLETE, local.best().attributes().origin());
        assertEquals(PathAttributes.LOCAL_WEIGHT, local.best().attributes().weight());
        LocRibEntry received = lab.speaker(1).entry(BgpLab.prefix("172.21.0.0/24"));
        assertNotNull(received);
        assertEquals("65002", received.best().attributes().asPath().toString());
        assertEquals(Origin.INCOMPLETE, received.best().attributes().origin());
    }

    @Test
    void softReconfigurationInboundAppliesANewPolicyWithoutTheNeighbor() {
        BgpLab lab = pair();
        lab.network(2, OspfLab.loopbackPrefix(2));
        lab.set(1, R2, NeighborSetting.SOFT_RECONFIGURATION_INBOUND, true);
        lab.run(60);
        assertEquals(1, lab.peer(1, R2).adjRibIn().receivedRoutes().size());
        RoutingPolicies policies = RoutingPolicies.of(lab.router(1));
        policies.enterRouteMap("LP", true, 10);
        policies.addSet("LP", 10, new RouteMapSet.LocalPreference(250));
        lab.set(1, R2, NeighborSetting.ROUTE_MAP_IN, "LP");
        lab.speaker(1).clearNeighbor(R2, ClearMode.SOFT_IN);
        assertEquals(250, lab.speaker(1).entry(OspfLab.loopbackPrefix(2)).best().attributes().localPref());
        assertEquals(0, lab.peer(1, R2).messages().routeRefreshSent());
    }

    @Test
    void communitiesGoOnlyWithSendCommunity() {
        BgpLab lab = pair();
        lab.network(2, OspfLab.loopbackPrefix(2));
        RoutingPolicies policies = RoutingPolicies.of(lab.router(2));
        policies.enterRouteMap("TAG", true, 10);
        policies.addSet("TAG", 10, new RouteMapSet.Community(List.of(65002L << 16 | 7), false));
        lab.set(2, R1, NeighborSetting.ROUTE_MAP_OUT, "TAG");
        lab.run(60);
        Ipv4Prefix prefix = OspfLab.loopbackPrefix(2);
        assertFalse(lab.speaker(1).entry(prefix).best().attributes().hasCommunities());
        lab.set(2, R1, NeighborSetting.SEND_COMMUNITY, NeighborSetting.SendCommunity.STANDARD);
        lab.run(60);
        assertEquals(65002L << 16 | 7, lab.speaker(1).entry(prefix).best().attributes().communities()[0]);
    }

    @Test
    void withoutLogNeighborChangesNoAdjchangeLines() {
        BgpLab lab = pair();
        lab.bgp(1).setLogNeighborChanges(false);
        lab.run(30);
        assertEquals(BgpState.ESTABLISHED, lab.peer(1, R2).state());
        assertTrue(lab.log(1).stream().noneMatch(line -> line.contains("ADJCHANGE")), lab.bgpLog(1).toString());
        assertTrue(lab.log(2).contains("%BGP-5-ADJCHANGE: neighbor 10.1.2.1 Up "));
    }

    @Test
    void networkNeedsExactlyThatPrefixInTheRib() {
        BgpLab lab = pair();
        Ipv4Prefix wanted = BgpLab.prefix("10.99.0.0/16");
        lab.network(2, wanted);
        lab.run(40);
        assertNull(lab.speaker(2).entry(wanted));
        lab.router(2).addStaticRoute(wanted.network(), wanted.mask(), InterfaceName.nullInterface(), null, 1);
        lab.run(40);
        LocRibEntry local = lab.speaker(2).entry(wanted);
        assertNotNull(local);
        assertEquals(PathAttributes.LOCAL_WEIGHT, local.best().attributes().weight());
        assertEquals(Origin.IGP, local.best().attributes().origin());
        assertNotNull(lab.speaker(1).entry(wanted));
    }

    @Test
    void nextHopTrackingDropsAPathWhoseNextHopIsGoneWhileTheSessionLasts() {
        BgpLab lab = BgpScenarioTest.igpLab(41, 3, BgpScenarioTest.TRIANGLE);
        BgpScenarioTest.fullMesh(lab, 3, 65000, true);
        lab.run(150);
        Ipv4Prefix prefix = BgpScenarioTest.lo1Prefix(3);
        assertNotNull(lab.router(1).rib().get(prefix));
        lab.net.lab.setConnected(lab.net.link(1, 3), false);
        lab.net.lab.setConnected(lab.net.link(2, 3), false);
        lab.run(30);
        assertEquals(BgpState.ESTABLISHED, lab.peer(1, OspfLab.loopback(3)).state(), "until the hold timer expires");
        LocRibEntry entry = lab.speaker(1).entry(prefix);
        assertNotNull(entry);
        assertNull(entry.best(), "next hop 3.3.3.3 unreachable: no best path");
        assertFalse(entry.paths().get(0).isValid());
        assertNull(lab.router(1).rib().get(prefix));
    }

    /**
     * RFC 4271 6.8: with a 2 s link both SYNs cross, each side has two connections; the one opened by the
     * higher BGP identifier (r2) is kept, the other closed with Cease / Connection Collision Resolution
     * by both sides.
     */
    @Test
    void connectionCollisionKeepsTheConnectionOfTheHigherIdentifier() {
        BgpLab lab = new BgpLab(43, 2, new int[][] {{1, 2}}, false);
        lab.net.link(1, 2).setDelayNanos(2 * OspfLab.SECOND);
        lab.start(1, 65001);
        lab.start(2, 65002);
        lab.neighbor(1, R2, 65002);
        lab.neighbor(2, R1, 65001);
        lab.run(60);
        BgpNeighbor atR1 = lab.peer(1, R2);
        BgpNeighbor atR2 = lab.peer(2, R1);
        assertEquals(BgpState.ESTABLISHED, atR1.state(), atR1.transitions().toString());
        assertEquals(BgpState.ESTABLISHED, atR2.state());
        assertEquals(1, atR1.connectionsEstablished());
        assertFalse(atR1.connection().isActiveOpen(), "r1 keeps the connection r2 opened");
        assertTrue(atR2.connection().isActiveOpen());
        // Both sides detect the collision and each closes the same connection (r1's) with a Cease.
        assertEquals(1, atR1.messages().notificationsSent());
        assertEquals(1, atR2.messages().notificationsSent());
    }

    @Test
    void removingANetworkWithdrawsIt() {
        BgpLab lab = pair();
        lab.network(2, OspfLab.loopbackPrefix(2));
        lab.run(40);
        assertNotNull(lab.router(1).rib().get(OspfLab.loopbackPrefix(2)));
        lab.bgp(2).removeNetwork(new BgpNetwork(OspfLab.loopbackPrefix(2), null));
        lab.run(40);
        assertNull(lab.speaker(1).entry(OspfLab.loopbackPrefix(2)));
        assertNull(lab.router(1).rib().get(OspfLab.loopbackPrefix(2)));
        assertEquals(0, lab.peer(2, R1).adjRibOut().advertisedPrefixes());
        assertEquals(1, lab.peer(2, R1).adjRibOut().withdrawn());
    }

    /** RFC 4271 9.2.1 split horizon in a line r1 - r2 - r3 of iBGP sessions; RFC 4456 reflection lifts it. */
    @Test
    void ibgpSplitHorizonAndRouteReflection() {
        BgpLab lab = BgpScenarioTest.igpLab(47, 3, new int[][] {{1, 2}, {2, 3}});
        for (int i = 1; i <= 3; i++) {
            lab.start(i, 65000);
            lab.network(i, BgpScenarioTest.lo1Prefix(i));
        }
        lab.loopbackPeer(1, 2, 65000);
        lab.loopbackPeer(2, 1, 65000);
        lab.loopbackPeer(2, 3, 65000);
        lab.loopbackPeer(3, 2, 65000);
        lab.run(150);
        assertNotNull(lab.speaker(3).entry(BgpScenarioTest.lo1Prefix(2)));
        assertNull(lab.speaker(3).entry(BgpScenarioTest.lo1Prefix(1)), "not passed from iBGP to iBGP");
        lab.set(2, OspfLab.loopback(1), NeighborSetting.ROUTE_REFLECTOR_CLIENT, true);
        lab.set(2, OspfLab.loopback(3), NeighborSetting.ROUTE_REFLECTOR_CLIENT, true);
        lab.run(150);
        LocRibEntry reflected = lab.speaker(3).entry(BgpScenarioTest.lo1Prefix(1));
        assertNotNull(reflected, "reflected by r2");
        assertEquals(lab.speaker(1).routerId(), reflected.best().attributes().originatorId());
        assertEquals(lab.speaker(2).routerId(), reflected.best().attributes().clusterList()[0]);
        assertEquals(OspfLab.loopback(1), reflected.best().attributes().nextHop());
        assertNotNull(lab.router(3).rib().get(BgpScenarioTest.lo1Prefix(1)));
    }

    @Test
    void theLowerHoldTimeIsNegotiatedAndKeepaliveIsAThirdOfIt() {
        BgpLab lab = pair();
        lab.set(1, R2, NeighborSetting.TIMERS, List.of(10, 30));
        lab.run(30);
        assertEquals(30, lab.peer(1, R2).holdTime());
        assertEquals(10, lab.peer(1, R2).keepaliveInterval());
        assertEquals(30, lab.peer(2, R1).holdTime());
        assertEquals(10, lab.peer(2, R1).keepaliveInterval(), "a third of the lower hold time");
        long before = lab.peer(2, R1).messages().keepalivesReceived();
        lab.run(60);
        assertTrue(lab.peer(2, R1).messages().keepalivesReceived() - before >= 6, "every 7.5-10 s");
    }

    /** RFC 4271 9.1.2: a path with our own AS is a loop and is dropped, unless allowas-in. */
    @Test
    void asPathLoopUnlessAllowasIn() {
        BgpLab lab = pair();
        lab.network(2, OspfLab.loopbackPrefix(2));
        RoutingPolicies policies = RoutingPolicies.of(lab.router(2));
        policies.enterRouteMap("LOOP", true, 10);
        policies.addSet("LOOP", 10, new RouteMapSet.AsPathPrepend(List.of(new AsNumber(65001))));
        lab.set(2, R1, NeighborSetting.ROUTE_MAP_OUT, "LOOP");
        lab.run(40);
        assertNull(lab.speaker(1).entry(OspfLab.loopbackPrefix(2)));
        assertEquals(1, lab.peer(1, R2).adjRibIn().denied());
        lab.set(1, R2, NeighborSetting.ALLOWAS_IN, 3);
        lab.speaker(1).clearNeighbor(R2, ClearMode.SOFT_IN);
        lab.run(40);
        LocRibEntry entry = lab.speaker(1).entry(OspfLab.loopbackPrefix(2));
        assertNotNull(entry);
        assertEquals("65002 65001", entry.best().attributes().asPath().toString());
    }

    /** iBGP keeps an eBGP-learned next hop (RFC 4271 5.1.3) unless next-hop-self. */
    @Test
    void nextHopSelfTowardAnIbgpNeighbor() {
        BgpLab lab = new BgpLab(53, 3, new int[][] {{1, 2}, {1, 3}}, false);
        lab.start(1, 65001);
        lab.start(2, 65002);
        lab.start(3, 65001);
        lab.neighbor(1, R2, 65002);
        lab.neighbor(2, R1, 65001);
        Ipv4Address r3 = OspfLab.linkAddress(1, 3, 3);
        lab.neighbor(1, r3, 65001);
        lab.neighbor(3, OspfLab.linkAddress(1, 3, 1), 65001);
        lab.network(2, OspfLab.loopbackPrefix(2));
        lab.run(40);
        LocRibEntry atR3 = lab.speaker(3).entry(OspfLab.loopbackPrefix(2));
        assertEquals(R2, atR3.paths().get(0).attributes().nextHop());
        assertNull(atR3.best(), "10.1.2.2 is not reachable from r3");
        lab.set(1, r3, NeighborSetting.NEXT_HOP_SELF, true);
        lab.run(40);
        atR3 = lab.speaker(3).entry(OspfLab.loopbackPrefix(2));
        assertEquals(OspfLab.linkAddress(1, 3, 1), atR3.best().attributes().nextHop());
        assertEquals(100, atR3.best().attributes().localPref());
        assertNotNull(lab.router(3).rib().get(OspfLab.loopbackPrefix(2)));
    }
}
