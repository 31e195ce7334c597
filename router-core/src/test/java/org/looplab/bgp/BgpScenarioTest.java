package org.looplab.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.ospf.AreaId;
import org.looplab.router.InterfaceName;
import org.looplab.router.Link;
import org.looplab.routing.Route;
import org.looplab.routing.RouteSource;
import org.looplab.scenario.BgpLab;
import org.looplab.scenario.LineLab;
import org.looplab.scenario.OspfLab;

/** Issue 8 section 7: BGP sessions and routes over TCP over the simulated data plane, in virtual time. */
class BgpScenarioTest {
    static final int[][] TRIANGLE = {{1, 2}, {2, 3}, {1, 3}};
    static final InterfaceName LO1 = InterfaceName.loopback(1);

    /** 172.16.i.0/24 on Loopback1 of router i: carried by BGP only (OSPF runs on 10/8 and the Loopback0s). */
    static Ipv4Prefix lo1Prefix(int i) {
        return BgpLab.prefix("172.16." + i + ".0/24");
    }

    static Ipv4Address lo1(int i) {
        return Ipv4Address.of("172.16." + i + ".1");
    }

    /** OSPF on the links and Loopback0 only; Loopback1 on every router, originated into BGP. */
    static BgpLab igpLab(long seed, int count, int[][] edges) {
        BgpLab lab = new BgpLab(seed, count, edges, false);
        for (int i = 1; i <= count; i++) {
            OspfLab.ospf(lab.router(i)).addNetwork(Ipv4Address.of("10.0.0.0"), Ipv4Address.of("0.255.255.255"),
                    AreaId.BACKBONE);
            OspfLab.ospf(lab.router(i)).addNetwork(OspfLab.loopback(i), Ipv4Address.ANY, AreaId.BACKBONE);
            LineLab.up(lab.router(i), LO1, lo1(i).toString(), "255.255.255.0");
        }
        return lab;
    }

    static void fullMesh(BgpLab lab, int count, long as, boolean updateSource) {
        for (int i = 1; i <= count; i++) {
            lab.start(i, as);
            lab.network(i, lo1Prefix(i));
            for (int j = 1; j <= count; j++) {
                if (i != j) {
                    if (updateSource) {
                        lab.loopbackPeer(i, j, as);
                    } else {
                        lab.neighbor(i, OspfLab.loopback(j), as);
                    }
                }
            }
        }
    }

    static long adjChanges(BgpLab lab, int i) {
        return lab.log(i).stream().filter(line -> line.startsWith("%BGP-5-ADJCHANGE")).count();
    }

    @Test
    void triangleIbgpBetweenLoopbacksRidesOutALinkPull() {
        BgpLab lab = igpLab(7, 3, TRIANGLE);
        fullMesh(lab, 3, 65000, true);
        lab.run(150);
        for (int i = 1; i <= 3; i++) {
            for (BgpNeighbor peer : lab.speaker(i).neighbors()) {
                assertEquals(BgpState.ESTABLISHED, peer.state(), "r" + i + " " + peer + " " + peer.transitions());
            }
            for (int j = 1; j <= 3; j++) {
                if (i != j) {
                    Route route = lab.router(i).rib().get(lo1Prefix(j));
                    assertNotNull(route, "r" + i + " -> " + lo1Prefix(j));
                    assertEquals(RouteSource.IBGP, route.source());
                    assertEquals(200, route.distance());
                    assertEquals(OspfLab.loopback(j), route.nextHop());
                }
            }
        }
        BgpNeighbor r1r2 = lab.peer(1, OspfLab.loopback(2));
        long upSince = r1r2.upDownSinceNanos();
        long changes1 = adjChanges(lab, 1);
        long changes2 = adjChanges(lab, 2);
        lab.net.lab.setConnected(lab.net.link(1, 2), false);
        lab.run(60);
        assertEquals(BgpState.ESTABLISHED, r1r2.state(), r1r2.transitions().toString());
        assertEquals(upSince, r1r2.upDownSinceNanos());
        assertEquals(changes1, adjChanges(lab, 1));
        assertEquals(changes2, adjChanges(lab, 2));
        assertNotNull(lab.router(1).rib().get(lo1Prefix(2)));
        assertTrue(lab.net.ping(1, lo1(2)), "r1 reaches r2's Loopback1 via r3");
        lab.run(400); // several hold times: still up
        assertEquals(upSince, r1r2.upDownSinceNanos());
        assertEquals(BgpState.ESTABLISHED, lab.peer(2, OspfLab.loopback(1)).state());
    }

    @Test
    void ebgpOnLinkAddressesDropsAtOnceWithFastExternalFallover() {
        BgpLab lab = new BgpLab(3, 2, new int[][] {{1, 2}}, false);
        lab.start(1, 65001);
        lab.start(2, 65002);
        Ipv4Address r2 = OspfLab.linkAddress(1, 2, 2);
        lab.neighbor(1, r2, 65002);
        lab.neighbor(2, OspfLab.linkAddress(1, 2, 1), 65001);
        lab.network(2, OspfLab.loopbackPrefix(2));
        lab.run(30);
        assertEquals(BgpState.ESTABLISHED, lab.peer(1, r2).state());
        assertNotNull(lab.router(1).rib().get(OspfLab.loopbackPrefix(2)));
        lab.net.lab.setConnected(lab.net.link(1, 2), false);
        assertTrue(lab.log(1).contains("%BGP-5-ADJCHANGE: neighbor 10.1.2.2 Down Interface flap"), lab.bgpLog(1).toString());
        assertTrue(lab.log(1).contains(
                "%BGP_SESSION-5-ADJCHANGE: neighbor 10.1.2.2 IPv4 Unicast topology base removed from session  Interface flap"));
        assertNotEquals(BgpState.ESTABLISHED, lab.peer(1, r2).state());
        assertEquals("Idle", lab.peer(1, r2).stateText(), "not directly connected any more: not even attempted");
        assertNull(lab.router(1).rib().get(OspfLab.loopbackPrefix(2)));
        assertEquals(DownReason.INTERFACE_FLAP, lab.peer(1, r2).lastResetReason());
        lab.net.lab.setConnected(lab.net.link(1, 2), true);
        lab.run(40);
        assertEquals(BgpState.ESTABLISHED, lab.peer(1, r2).state(), lab.peer(1, r2).transitions().toString());
        assertNotNull(lab.router(1).rib().get(OspfLab.loopbackPrefix(2)));
    }

    @Test
    void withoutFastExternalFalloverTheEbgpSessionLastsUntilHoldExpiry() {
        BgpLab lab = new BgpLab(3, 2, new int[][] {{1, 2}}, false);
        lab.start(1, 65001);
        lab.start(2, 65002);
        lab.bgp(1).setFastExternalFallover(false);
        lab.bgp(2).setFastExternalFallover(false);
        Ipv4Address r2 = OspfLab.linkAddress(1, 2, 2);
        lab.neighbor(1, r2, 65002);
        lab.neighbor(2, OspfLab.linkAddress(1, 2, 1), 65001);
        lab.run(30);
        assertEquals(BgpState.ESTABLISHED, lab.peer(1, r2).state());
        lab.net.lab.setConnected(lab.net.link(1, 2), false);
        lab.run(110);
        assertEquals(BgpState.ESTABLISHED, lab.peer(1, r2).state(), "up until the hold timer runs out");
        lab.run(80);
        assertNotEquals(BgpState.ESTABLISHED, lab.peer(1, r2).state());
        assertTrue(lab.log(1).contains("%BGP-5-ADJCHANGE: neighbor 10.1.2.2 Down BGP Notification sent"),
                lab.bgpLog(1).toString());
        assertTrue(lab.log(1).contains("%BGP-3-NOTIFICATION: sent to neighbor 10.1.2.2 4/0 (hold time expired) 0 bytes"));
    }

    /**
     * A one-way failure: r1's frames to r2 are lost, r2's still arrive. r2 hears nothing (r1's keepalives
     * and ACKs are lost), its hold timer expires and its NOTIFICATION crosses the working direction, so r1
     * logs the received form; r1 never missed a keepalive, it goes down by that NOTIFICATION.
     */
    @Test
    void aHoldTimerNotificationThatGetsThroughIsLoggedByTheFarSide() {
        BgpLab lab = new BgpLab(3, 2, new int[][] {{1, 2}}, false);
        lab.start(1, 65001);
        lab.start(2, 65002);
        Ipv4Address r1 = OspfLab.linkAddress(1, 2, 1);
        Ipv4Address r2 = OspfLab.linkAddress(1, 2, 2);
        lab.neighbor(1, r2, 65002);
        lab.neighbor(2, r1, 65001);
        lab.run(30);
        assertEquals(BgpState.ESTABLISHED, lab.peer(1, r2).state());
        Link link = lab.net.link(1, 2);
        link.setOneWayDownFrom(link.a().router() == lab.router(1) ? link.a() : link.b());
        long cut = lab.net.kernel.now();
        lab.run(240);
        BgpNeighbor fromR1 = lab.peer(1, r2);
        BgpNeighbor fromR2 = lab.peer(2, r1);
        assertNotNull(fromR2.lastResetReason(), fromR2.transitions().toString());
        long r2Down = (fromR2.lastResetNanos() - cut) / OspfLab.SECOND;
        assertTrue(r2Down > 120 && r2Down <= 180, "r2 down after " + r2Down + " s");
        assertTrue(lab.log(2).contains("%BGP-3-NOTIFICATION: sent to neighbor 10.1.2.1 4/0 (hold time expired) 0 bytes"),
                lab.bgpLog(2).toString());
        assertTrue(lab.log(1).contains("%BGP-3-NOTIFICATION: received from neighbor 10.1.2.2 4/0 (hold time expired) 0 bytes"),
                lab.bgpLog(1).toString());
        assertTrue(lab.log(1).contains("%BGP-5-ADJCHANGE: neighbor 10.1.2.2 Down BGP Notification received"),
                lab.bgpLog(1).toString());
        assertTrue(fromR1.lastResetNanos() >= fromR2.lastResetNanos(), fromR1.transitions().toString());
    }

    @Test
    void ibgpWhoseOnlyPathIsCutLastsUntilHoldExpiryAndComesBack() {
        BgpLab lab = igpLab(5, 2, new int[][] {{1, 2}});
        fullMesh(lab, 2, 65000, true);
        lab.run(120);
        BgpNeighbor r1r2 = lab.peer(1, OspfLab.loopback(2));
        BgpNeighbor r2r1 = lab.peer(2, OspfLab.loopback(1));
        assertEquals(BgpState.ESTABLISHED, r1r2.state(), r1r2.transitions().toString());
        long cut = lab.net.kernel.now();
        lab.net.lab.setConnected(lab.net.link(1, 2), false);
        lab.run(100);
        assertEquals(BgpState.ESTABLISHED, r1r2.state());
        assertEquals(BgpState.ESTABLISHED, r2r1.state());
        lab.run(100);
        assertNotEquals(BgpState.ESTABLISHED, r1r2.state());
        assertNotEquals(BgpState.ESTABLISHED, r2r1.state());
        long downAfter = (r1r2.lastResetNanos() - cut) / OspfLab.SECOND;
        assertTrue(downAfter > 120 && downAfter <= 180, "down after " + downAfter + " s");
        for (int i = 1; i <= 2; i++) {
            String peer = OspfLab.loopback(3 - i).toString();
            assertTrue(lab.log(i).contains("%BGP-5-ADJCHANGE: neighbor " + peer + " Down BGP Notification sent"),
                    lab.bgpLog(i).toString());
            assertTrue(lab.log(i).contains("%BGP-3-NOTIFICATION: sent to neighbor " + peer
                    + " 4/0 (hold time expired) 0 bytes"), lab.bgpLog(i).toString());
        }
        assertNull(lab.router(1).rib().get(lo1Prefix(2)));
        lab.net.lab.setConnected(lab.net.link(1, 2), true);
        lab.run(120);
        assertEquals(BgpState.ESTABLISHED, r1r2.state(), r1r2.transitions().toString());
        assertNotNull(lab.router(1).rib().get(lo1Prefix(2)));
    }

    @Test
    void ibgpBetweenLoopbacksWithoutUpdateSourceNeverComesUp() {
        BgpLab lab = igpLab(9, 3, TRIANGLE);
        fullMesh(lab, 3, 65000, false);
        lab.run(600);
        for (int i = 1; i <= 3; i++) {
            for (BgpNeighbor peer : lab.speaker(i).neighbors()) {
                assertEquals("Active", peer.stateText(), "r" + i + " " + peer.transitions());
                assertTrue(peer.neverUp());
                assertNull(peer.lastResetReason(), "Last reset never");
            }
            assertEquals(0, adjChanges(lab, i));
        }
    }

    @Test
    void ibgpBetweenLoopbacksWithoutAnIgpNeverComesUp() {
        BgpLab lab = new BgpLab(9, 2, new int[][] {{1, 2}}, false);
        fullMesh(lab, 2, 65000, true);
        lab.run(600);
        for (int i = 1; i <= 2; i++) {
            BgpNeighbor peer = lab.peer(i, OspfLab.loopback(3 - i));
            assertNotEquals(BgpState.ESTABLISHED, peer.state());
            assertTrue(peer.neverUp());
            assertEquals(0, adjChanges(lab, i));
        }
    }

    @Test
    void ebgpToALoopbackNeedsEbgpMultihop() {
        BgpLab lab = new BgpLab(11, 2, new int[][] {{1, 2}}, false);
        lab.start(1, 65001);
        lab.start(2, 65002);
        lab.router(1).addStaticRoute(OspfLab.loopback(2), Ipv4Address.of("255.255.255.255"), null,
                OspfLab.linkAddress(1, 2, 2), 1);
        lab.router(2).addStaticRoute(OspfLab.loopback(1), Ipv4Address.of("255.255.255.255"), null,
                OspfLab.linkAddress(1, 2, 1), 1);
        lab.loopbackPeer(1, 2, 65002);
        lab.loopbackPeer(2, 1, 65001);
        lab.run(300);
        BgpNeighbor peer = lab.peer(1, OspfLab.loopback(2));
        assertEquals("Idle", peer.stateText(), "connected check: not even attempted");
        assertTrue(peer.neverUp());
        lab.set(1, OspfLab.loopback(2), NeighborSetting.EBGP_MULTIHOP, 2);
        lab.set(2, OspfLab.loopback(1), NeighborSetting.EBGP_MULTIHOP, 2);
        lab.run(30);
        assertEquals(BgpState.ESTABLISHED, peer.state(), peer.transitions().toString());
        assertEquals(2, peer.outgoingTtl());
        assertEquals(2, peer.connection().ttl());
    }

    @Test
    void ebgpToADirectlyConnectedNeighborsLoopbackWithDisableConnectedCheckKeepsTtl1() {
        BgpLab lab = new BgpLab(11, 2, new int[][] {{1, 2}}, false);
        lab.start(1, 65001);
        lab.start(2, 65002);
        lab.router(1).addStaticRoute(OspfLab.loopback(2), Ipv4Address.of("255.255.255.255"), null,
                OspfLab.linkAddress(1, 2, 2), 1);
        lab.router(2).addStaticRoute(OspfLab.loopback(1), Ipv4Address.of("255.255.255.255"), null,
                OspfLab.linkAddress(1, 2, 1), 1);
        lab.loopbackPeer(1, 2, 65002);
        lab.loopbackPeer(2, 1, 65001);
        lab.set(1, OspfLab.loopback(2), NeighborSetting.DISABLE_CONNECTED_CHECK, true);
        lab.set(2, OspfLab.loopback(1), NeighborSetting.DISABLE_CONNECTED_CHECK, true);
        lab.run(30);
        BgpNeighbor peer = lab.peer(1, OspfLab.loopback(2));
        assertEquals(BgpState.ESTABLISHED, peer.state(), peer.transitions().toString());
        assertEquals(1, peer.connection().ttl(), "one hop: the neighbor receives it before any TTL decrement");
    }

    @Test
    void sameSeedSameHistory() {
        assertEquals(history(21), history(21));
    }

    private static List<String> history(long seed) {
        BgpLab lab = igpLab(seed, 3, TRIANGLE);
        List<String> events = new ArrayList<>();
        lab.net.kernel.setObserver(event -> events.add(event.timeNanos() + "/" + event.sequence()));
        fullMesh(lab, 3, 65000, true);
        lab.run(150);
        lab.net.lab.setConnected(lab.net.link(1, 2), false);
        lab.run(60);
        for (int i = 1; i <= 3; i++) {
            lab.router(i).log().messages().forEach(m -> events.add(m.timeNanos() + " " + m.text()));
            for (BgpNeighbor peer : lab.speaker(i).neighbors()) {
                events.add(peer.transitions().toString() + peer.messages().totalSent());
            }
        }
        return events;
    }
}
