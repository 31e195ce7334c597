package org.looplab.ospf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.log.LogMessage;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.router.InterfaceName;
import org.looplab.routing.Route;
import org.looplab.routing.RouteSource;
import org.looplab.scenario.OspfLab;

/** One OSPF behaviour per test, each on a small lab in virtual time. */
class OspfFeatureTest {
    static final int[][] PAIR = {{1, 2}};
    static final int[][] TRIANGLE = {{1, 2}, {2, 3}, {1, 3}};

    private static Neighbor neighbor(OspfLab lab, int at) {
        return lab.ospf(at).neighbors().get(0);
    }

    @Test
    void drAndBdrByRouterIdThenPriorityZeroNeverStands() {
        OspfLab lab = new OspfLab(1, 2, PAIR);
        lab.run(60);
        assertEquals("FULL/DR", neighbor(lab, 1).stateText());
        assertEquals("FULL/BDR", neighbor(lab, 2).stateText());
        OspfInterface r1 = lab.ospf(1).ospfInterface(InterfaceName.gigabitEthernet(0));
        assertEquals("BDR", r1.state().brief());
        assertEquals(Ipv4Address.of("2.2.2.2"), r1.drId());
        assertEquals(Ipv4Address.of("10.1.2.2"), r1.drAddress());
        assertEquals("LOOP", lab.ospf(1).ospfInterface(OspfLab.LO0).state().brief());

        OspfLab zero = new OspfLab(1, 2, PAIR);
        zero.router(2).ospf().setPriority(zero.end(1, 2, 2), 0);
        zero.run(60);
        assertEquals("FULL/DROTHER", neighbor(zero, 1).stateText());
        assertEquals("FULL/DR", neighbor(zero, 2).stateText());
        assertEquals(0, neighbor(zero, 1).priority());
    }

    @Test
    void pointToPointNetworkHasNoElection() {
        OspfLab lab = new OspfLab(1, 2, PAIR);
        lab.router(1).ospf().setNetworkType(lab.end(1, 2, 1), NetworkType.POINT_TO_POINT);
        lab.router(2).ospf().setNetworkType(lab.end(1, 2, 2), NetworkType.POINT_TO_POINT);
        lab.run(30);
        assertEquals("FULL/  -", neighbor(lab, 1).stateText());
        assertEquals("P2P", lab.ospf(1).ospfInterface(InterfaceName.gigabitEthernet(0)).state().brief());
        assertEquals(2, lab.paths(1, OspfLab.loopbackPrefix(2)).get(0).metric());
    }

    @Test
    void interAreaRoutesThroughAnAbr() {
        OspfLab lab = new OspfLab(1, 3, new int[][] {{1, 2}, {2, 3}}, false);
        Ipv4Address all = Ipv4Address.of("255.255.255.255");
        lab.ospf(1).addNetwork(Ipv4Address.ANY, all, AreaId.of(1));
        lab.ospf(2).addNetwork(Ipv4Address.of("10.1.2.0"), Ipv4Address.of("0.0.0.255"), AreaId.of(1));
        lab.ospf(2).addNetwork(Ipv4Address.ANY, all, AreaId.BACKBONE);
        lab.ospf(3).addNetwork(Ipv4Address.ANY, all, AreaId.BACKBONE);
        lab.run(70);
        assertTrue(lab.ospf(2).isAbr());
        Route toR3 = lab.router(1).rib().get(OspfLab.loopbackPrefix(3));
        assertEquals(RouteSource.OSPF_INTER_AREA, toR3.source());
        assertEquals(3, toR3.metric());
        assertEquals(Ipv4Address.of("10.1.2.2"), toR3.nextHop());
        assertEquals(RouteSource.OSPF_INTER_AREA, lab.router(1).rib().get(OspfLab.linkPrefix(2, 3)).source());
        Route toR1 = lab.router(3).rib().get(OspfLab.loopbackPrefix(1));
        assertEquals(RouteSource.OSPF_INTER_AREA, toR1.source());
        assertEquals(3, toR1.metric());
        assertEquals(RouteSource.OSPF, lab.router(3).rib().get(OspfLab.loopbackPrefix(2)).source());
        long summaries = lab.ospf(1).area(AreaId.of(1)).lsdb().entries().stream()
                .filter(e -> e.lsa().type() == LsaType.SUMMARY_NETWORK).count();
        assertEquals(3, summaries); // 2.2.2.2/32, 3.3.3.3/32, 10.2.3.0/24
        assertTrue(lab.ping(1, OspfLab.loopback(3)));
        assertTrue(lab.ping(3, OspfLab.loopback(1)));
    }

    @Test
    void passiveInterfaceFormsNoAdjacencyButItsPrefixIsAdvertised() {
        OspfLab lab = new OspfLab(1, 3, TRIANGLE);
        assertNull(lab.ospf(1).setPassive(InterfaceName.gigabitEthernet(0), true));
        lab.run(60);
        assertEquals(1, lab.ospf(1).neighbors().size());
        assertEquals(Ipv4Address.of("3.3.3.3"), lab.ospf(1).neighbors().get(0).routerId());
        assertTrue(lab.ospf(1).ospfInterface(InterfaceName.gigabitEthernet(0)).isPassive());
        assertNotNull(lab.router(3).rib().get(OspfLab.linkPrefix(1, 2)));
        assertEquals(3, lab.router(2).rib().get(OspfLab.loopbackPrefix(1)).metric());
        assertTrue(lab.ping(2, OspfLab.loopback(1)));

        lab.ospf(1).setPassiveDefault(true);
        assertNull(lab.ospf(1).setPassive(InterfaceName.gigabitEthernet(0), false));
        assertEquals(List.of(InterfaceName.gigabitEthernet(0)), lab.ospf(1).passiveExceptions());
        lab.run(60);
        assertEquals(Ipv4Address.of("2.2.2.2"), lab.ospf(1).neighbors().get(0).routerId());
        assertEquals(1, lab.ospf(1).neighbors().size());
    }

    @Test
    void costChangeMovesTraffic() {
        OspfLab lab = new OspfLab(1, 3, TRIANGLE);
        lab.run(60);
        assertEquals(Ipv4Address.of("10.1.3.3"), lab.router(1).rib().get(OspfLab.loopbackPrefix(3)).nextHop());
        assertNull(lab.router(1).ospf().setCost(lab.end(1, 3, 1), 10));
        lab.run(20);
        Route moved = lab.router(1).rib().get(OspfLab.loopbackPrefix(3));
        assertEquals(Ipv4Address.of("10.1.2.2"), moved.nextHop());
        assertEquals(3, moved.metric());
        assertEquals(10, lab.ospf(1).ospfInterface(InterfaceName.gigabitEthernet(1)).cost());
        assertTrue(lab.ping(1, OspfLab.loopback(3)));
    }

    @Test
    void referenceBandwidthSetsTheCost() {
        OspfLab lab = new OspfLab(1, 2, PAIR);
        assertEquals(OspfProcess.REFERENCE_BANDWIDTH_NOTICE, lab.ospf(1).setReferenceBandwidth(10000L));
        assertEquals(10, lab.ospf(1).ospfInterface(InterfaceName.gigabitEthernet(0)).cost());
        assertEquals(1, lab.ospf(1).ospfInterface(OspfLab.LO0).cost());
        assertEquals(Ospf.INVALID_INPUT, lab.ospf(1).setReferenceBandwidth(0L));
    }

    @Test
    void deadTimerExpiresWhenHellosStop() {
        OspfLab lab = new OspfLab(1, 2, PAIR);
        lab.run(60);
        long changed = lab.kernel.now();
        // Mismatched hello interval: each side now ignores the other's hellos (RFC 2328 10.5).
        lab.router(2).ospf().setHelloInterval(lab.end(1, 2, 2), 5);
        lab.run(60);
        LogMessage down = null;
        for (LogMessage message : lab.router(1).log().messages()) {
            if (message.text().contains("Dead timer expired")) {
                down = message;
            }
        }
        assertNotNull(down);
        assertEquals("%OSPF-5-ADJCHG: Process 1, Nbr 2.2.2.2 on GigabitEthernet0/0 from FULL to DOWN, "
                + "Neighbor Down: Dead timer expired", down.text());
        long after = down.timeNanos() - changed;
        assertTrue(after > 30 * OspfLab.SECOND && after <= 41 * OspfLab.SECOND, "after " + after);
        assertNull(lab.router(1).rib().get(OspfLab.loopbackPrefix(2)));
    }

    @Test
    void loopbackIsAHostRouteUnlessPointToPoint() {
        OspfLab lab = new OspfLab(1, 2, PAIR);
        var lo = lab.router(1).interfaceNamed(OspfLab.LO0);
        lab.router(1).setAddress(lo, Ipv4Address.of("1.1.1.1"), Ipv4Address.of("255.255.255.0"));
        lab.run(60);
        assertNotNull(lab.router(2).rib().get(new Ipv4Prefix(Ipv4Address.of("1.1.1.1"), 32)));
        assertNull(lab.router(2).rib().get(Ipv4Prefix.containing(Ipv4Address.of("1.1.1.0"), 24)));
        lab.router(1).ospf().setNetworkType(lo, NetworkType.POINT_TO_POINT);
        lab.run(20);
        assertNull(lab.router(2).rib().get(new Ipv4Prefix(Ipv4Address.of("1.1.1.1"), 32)));
        assertEquals(2, lab.router(2).rib().get(Ipv4Prefix.containing(Ipv4Address.of("1.1.1.0"), 24)).metric());
    }

    @Test
    void linkPullAndRestoreLogAsIos() {
        OspfLab lab = new OspfLab(1, 2, PAIR);
        lab.run(60);
        List<String> texts = texts(lab, 1);
        assertTrue(texts.contains("%OSPF-5-ADJCHG: Process 1, Nbr 2.2.2.2 on GigabitEthernet0/0 from LOADING to FULL, "
                + "Loading Done"), texts.toString());
        lab.lab.setConnected(lab.link(1, 2), false);
        assertTrue(texts(lab, 1).contains("%OSPF-5-ADJCHG: Process 1, Nbr 2.2.2.2 on GigabitEthernet0/0 from FULL to "
                + "DOWN, Neighbor Down: Interface down or detached"));
        assertEquals(0, lab.ospf(1).neighbors().size());
    }

    @Test
    void removingAProcessFlushesItsLsas() {
        OspfLab lab = new OspfLab(1, 3, TRIANGLE);
        lab.run(60);
        lab.router(3).ospf().removeProcess(1);
        lab.run(50);
        Lsdb lsdb = lab.ospf(1).area(AreaId.BACKBONE).lsdb();
        LsdbEntry flushed = lsdb.router(Ipv4Address.of("3.3.3.3"));
        assertTrue(flushed == null || flushed.lsa().isMaxAge());
        assertNull(lab.router(1).rib().get(OspfLab.loopbackPrefix(3)));
        assertEquals(1, lab.ospf(1).neighbors().size());
    }

    @Test
    void checksumsAreRealFletcherChecksums() {
        OspfLab lab = new OspfLab(1, 3, TRIANGLE);
        lab.run(60);
        Lsdb lsdb = lab.ospf(1).area(AreaId.BACKBONE).lsdb();
        assertEquals(3 + 3, lsdb.size()); // three router-LSAs, three network-LSAs
        for (LsdbEntry entry : lsdb.entries()) {
            assertTrue(LsaChecksum.verify(LsaChecksum.encodeWithChecksum(entry.lsa())), entry.lsa().toString());
            assertTrue(entry.lsa().sequence() >= Lsa.INITIAL_SEQUENCE && entry.lsa().sequence() < 0);
            assertTrue(entry.ageAt(lab.kernel.now()) < 60);
        }
        assertEquals(3, lsdb.router(Ipv4Address.of("1.1.1.1")).lsa().linkCount()); // two transit + loopback
    }

    @Test
    void configurationIsValidatedWithIosMessages() {
        OspfLab lab = new OspfLab(1, 2, PAIR);
        Ospf ospf = lab.router(1).ospf();
        assertEquals(Ospf.INVALID_INPUT, ospf.addProcess(0));
        assertEquals(Ospf.INVALID_INPUT, ospf.addProcess(65536));
        var gi = lab.end(1, 2, 1);
        assertEquals(Ospf.INVALID_INPUT, ospf.setCost(gi, 0));
        assertEquals(Ospf.INVALID_INPUT, ospf.setHelloInterval(gi, 0));
        assertEquals(Ospf.INVALID_INPUT, ospf.setDeadInterval(gi, 70000));
        assertEquals(Ospf.INVALID_INPUT, ospf.setPriority(gi, 256));
        assertEquals(Ospf.INVALID_INPUT, lab.ospf(1).setSpfThrottle(new SpfThrottle(0, 0, 10)));
        assertNull(lab.ospf(1).setSpfThrottle(new SpfThrottle(50, 200, 5000)));
        assertEquals(new SpfThrottle(50, 200, 5000), lab.ospf(1).spfThrottle());
        assertNull(lab.ospf(1).addNetwork(Ipv4Address.of("10.0.0.0"), Ipv4Address.of("0.255.255.255"),
                AreaId.BACKBONE));
        assertEquals("% OSPF: \"network 10.0.0.0 0.255.255.255 area 1\" is already configured with area 0",
                lab.ospf(1).addNetwork(Ipv4Address.of("10.0.0.0"), Ipv4Address.of("0.255.255.255"), AreaId.of(1)));
        assertEquals(Ipv4Address.of("1.1.1.1"), lab.ospf(1).routerId());
        lab.run(60);
        assertEquals(OspfProcess.ROUTER_ID_NOTICE, lab.ospf(1).setRouterId(Ipv4Address.of("9.9.9.9")));
        assertEquals(Ipv4Address.of("1.1.1.1"), lab.ospf(1).routerId());
        lab.ospf(1).clear();
        assertEquals(Ipv4Address.of("9.9.9.9"), lab.ospf(1).routerId());
        assertEquals(AreaId.parse("0.0.0.1"), AreaId.of(1));
        assertEquals("0.0.0.1", AreaId.parse("0.0.0.1").toString());
    }

    @Test
    void sameSeedSameHistory() {
        assertEquals(history(5), history(5));
    }

    private static List<String> history(long seed) {
        OspfLab lab = new OspfLab(seed, 10, OspfTopologyTest.RING10);
        List<String> events = new ArrayList<>();
        lab.lab.dataPlane().addTracer(t -> events.add(t.toString()));
        lab.run(60);
        lab.lab.setConnected(lab.link(3, 4), false);
        lab.run(30);
        for (int i = 1; i <= 10; i++) {
            events.addAll(texts(lab, i));
            events.add(lab.router(i).rib().selectedPaths().toString());
        }
        return events;
    }

    private static List<String> texts(OspfLab lab, int at) {
        List<String> texts = new ArrayList<>();
        for (LogMessage message : lab.router(at).log().messages()) {
            texts.add(message.timeNanos() + " " + message.text());
        }
        return texts.stream().map(t -> t.substring(t.indexOf(' ') + 1)).toList();
    }
}
