package org.looplab.ospf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.router.InterfaceName;
import org.looplab.routing.Route;
import org.looplab.routing.RouteSource;
import org.looplab.scenario.LineLab;
import org.looplab.scenario.OspfLab;

/** Redistribution into OSPF: type-5 LSAs from an ASBR, O E2 / O E1 routes, the default route. */
class OspfExternalRoutesTest {
    private static final int[][] LINE = {{1, 2}, {2, 3}};
    private static final InterfaceName LO1 = InterfaceName.loopback(1);
    private static final Ipv4Prefix LAN = Ipv4Prefix.containing(Ipv4Address.of("192.168.50.0"), 24);
    private static final Ipv4Prefix SUBNET = Ipv4Prefix.containing(Ipv4Address.of("172.16.1.0"), 24);

    /** r1 - r2 - r3 in area 0; r3 has Loopback1 192.168.50.1/24 and 172.16.1.0/24 to Null0, outside OSPF. */
    private static OspfLab lab() {
        OspfLab lab = new OspfLab(1, 3, LINE, false);
        for (int i = 1; i <= 3; i++) {
            lab.ospf(i).addNetwork(Ipv4Address.of("10.0.0.0"), Ipv4Address.of("0.255.255.255"), AreaId.BACKBONE);
            lab.ospf(i).addNetwork(OspfLab.loopback(i), Ipv4Address.ANY, AreaId.BACKBONE);
        }
        LineLab.up(lab.router(3), LO1, "192.168.50.1", "255.255.255.0");
        assertNull(lab.router(3).addStaticRoute(Ipv4Address.of("172.16.1.0"), Ipv4Address.of("255.255.255.0"),
                InterfaceName.nullInterface(), null, 1));
        return lab;
    }

    private static Redistribution connected(boolean subnets, Integer metric, Integer type) {
        return new Redistribution(Redistribution.Source.CONNECTED, metric, type, subnets, null);
    }

    @Test
    void redistributedConnectedNetworksBecomeExternalType2RoutesWithMetric20() {
        OspfLab lab = lab();
        assertNull(lab.ospf(3).setRedistribution(connected(true, null, null)));
        lab.run(60);
        assertTrue(lab.ospf(3).isAsbr());
        Route route = lab.router(1).rib().get(LAN);
        assertEquals(RouteSource.OSPF_EXTERNAL_2, route.source());
        assertEquals(20, route.metric());
        assertEquals(110, route.distance());
        assertEquals(Ipv4Address.of("10.1.2.2"), route.nextHop());
        assertTrue(lab.ping(1, Ipv4Address.of("192.168.50.1")));
        // The OSPF interfaces' own networks stay intra-area: no type-5 for them, nor for Loopback0.
        assertEquals(RouteSource.OSPF, lab.router(1).rib().get(OspfLab.linkPrefix(2, 3)).source());
        Lsa lsa = external(lab, 1, LAN);
        LsaBody.ExternalBody body = (LsaBody.ExternalBody) lsa.body();
        assertEquals(Ipv4Address.of("3.3.3.3"), lsa.advertisingRouter());
        assertTrue(body.type2());
        assertEquals(Ipv4Address.ANY, body.forwardingAddress());
        assertEquals(1, externals(lab, 1).size());
        LsdbEntry r3 = lab.ospf(1).area(AreaId.BACKBONE).lsdb().router(Ipv4Address.of("3.3.3.3"));
        assertEquals(LsaBody.RouterBody.FLAG_EXTERNAL,
                ((LsaBody.RouterBody) r3.lsa().body()).flags() & LsaBody.RouterBody.FLAG_EXTERNAL);

        // Type 1 adds the cost to the ASBR: 1 + 1 over two gigabit links, plus 30.
        lab.ospf(3).setRedistribution(connected(true, 30, 1));
        lab.run(30);
        route = lab.router(1).rib().get(LAN);
        assertEquals(RouteSource.OSPF_EXTERNAL_1, route.source());
        assertEquals(32, route.metric());

        // Withdrawn: the LSA is flushed and the route leaves.
        lab.ospf(3).removeRedistribution(Redistribution.Source.CONNECTED);
        lab.run(30);
        assertNull(lab.router(1).rib().get(LAN));
        assertFalse(lab.ospf(3).isAsbr());
    }

    @Test
    void withoutSubnetsOnlyClassfulNetworksGo() {
        OspfLab lab = lab();
        assertEquals(OspfProcess.CLASSFUL_NOTICE, lab.ospf(3).setRedistribution(
                new Redistribution(Redistribution.Source.STATIC, null, null, false, null)));
        lab.run(60);
        assertNull(lab.router(1).rib().get(SUBNET));
        assertTrue(externals(lab, 1).isEmpty());
        lab.ospf(3).setRedistribution(new Redistribution(Redistribution.Source.STATIC, 5, null, true, null));
        lab.run(30);
        Route route = lab.router(1).rib().get(SUBNET);
        assertEquals(RouteSource.OSPF_EXTERNAL_2, route.source());
        assertEquals(5, route.metric());
        // A new static route is picked up from the RIB, without touching OSPF.
        lab.router(3).addStaticRoute(Ipv4Address.of("172.16.2.0"), Ipv4Address.of("255.255.255.0"),
                InterfaceName.nullInterface(), null, 1);
        lab.run(10);
        assertEquals(RouteSource.OSPF_EXTERNAL_2, lab.router(1).rib().get(Ipv4Prefix.containing(Ipv4Address.of("172.16.2.0"), 24)).source());
    }

    @Test
    void redistributeBgpTakesTheEbgpRoutesOfTheRibOnly() {
        OspfLab lab = lab();
        Ipv4Prefix external = Ipv4Prefix.containing(Ipv4Address.of("203.0.113.0"), 24);
        Ipv4Prefix internal = Ipv4Prefix.containing(Ipv4Address.of("198.51.100.0"), 24);
        // What BGP would install on r3: one route learned over eBGP, one over iBGP.
        lab.router(3).rib().install(new Route(external, RouteSource.EBGP, 20, 0, Ipv4Address.of("192.168.50.2"), null));
        lab.router(3).rib().install(new Route(internal, RouteSource.IBGP, 200, 0, Ipv4Address.of("192.168.50.3"), null));
        assertNull(lab.ospf(3).setRedistribution(
                new Redistribution(Redistribution.Source.BGP, null, null, true, null, 65000)));
        lab.run(60);
        Route route = lab.router(1).rib().get(external);
        assertEquals(RouteSource.OSPF_EXTERNAL_2, route.source());
        assertEquals(20, route.metric());
        assertNull(lab.router(1).rib().get(internal), "iBGP routes stay out without bgp redistribute-internal");
        // RIP is not simulated: nothing of it is in the RIB, so redistributing it adds nothing.
        lab.ospf(3).removeRedistribution(Redistribution.Source.BGP);
        lab.ospf(3).setRedistribution(new Redistribution(Redistribution.Source.RIP, null, null, true, null));
        lab.run(30);
        assertTrue(externals(lab, 1).isEmpty());
    }

    @Test
    void defaultInformationOriginateNeedsADefaultRouteUnlessAlways() {
        OspfLab lab = lab();
        lab.ospf(3).setDefaultInformation(new DefaultInformation(false, null, null, null));
        lab.run(60);
        assertNull(lab.router(1).rib().get(Ipv4Prefix.DEFAULT_ROUTE));
        lab.router(3).addStaticRoute(Ipv4Address.ANY, Ipv4Address.ANY, InterfaceName.nullInterface(), null, 1);
        lab.run(10);
        Route route = lab.router(1).rib().get(Ipv4Prefix.DEFAULT_ROUTE);
        assertEquals(RouteSource.OSPF_EXTERNAL_2, route.source());
        assertEquals(1, route.metric());
        lab.router(3).removeStaticRoute(Ipv4Address.ANY, Ipv4Address.ANY, InterfaceName.nullInterface(), null);
        lab.run(10);
        assertNull(lab.router(1).rib().get(Ipv4Prefix.DEFAULT_ROUTE));
        lab.ospf(3).setDefaultInformation(new DefaultInformation(true, 7, 1, null));
        lab.run(10);
        route = lab.router(1).rib().get(Ipv4Prefix.DEFAULT_ROUTE);
        assertEquals(RouteSource.OSPF_EXTERNAL_1, route.source());
        assertEquals(9, route.metric());
    }

    @Test
    void externalRoutesCrossAreasThroughTypeFourSummaries() {
        // r1 in area 1, r2 the ABR, r3 (the ASBR) in area 0.
        OspfLab lab = new OspfLab(1, 3, LINE, false);
        Ipv4Address all = Ipv4Address.of("255.255.255.255");
        lab.ospf(1).addNetwork(Ipv4Address.ANY, all, AreaId.of(1));
        lab.ospf(2).addNetwork(Ipv4Address.of("10.1.2.0"), Ipv4Address.of("0.0.0.255"), AreaId.of(1));
        lab.ospf(2).addNetwork(Ipv4Address.ANY, all, AreaId.BACKBONE);
        lab.ospf(3).addNetwork(Ipv4Address.of("10.0.0.0"), Ipv4Address.of("0.255.255.255"), AreaId.BACKBONE);
        lab.ospf(3).addNetwork(OspfLab.loopback(3), Ipv4Address.ANY, AreaId.BACKBONE);
        LineLab.up(lab.router(3), LO1, "192.168.50.1", "255.255.255.0");
        lab.ospf(3).setRedistribution(connected(true, null, 1));
        lab.run(80);
        Route route = lab.router(1).rib().get(LAN);
        assertEquals(RouteSource.OSPF_EXTERNAL_1, route.source());
        assertEquals(22, route.metric());
        Lsdb area1 = lab.ospf(1).area(AreaId.of(1)).lsdb();
        assertTrue(area1.entries().stream().anyMatch(e -> e.lsa().type() == LsaType.SUMMARY_ASBR
                && e.lsa().linkStateId().equals(Ipv4Address.of("3.3.3.3"))
                && e.lsa().advertisingRouter().equals(Ipv4Address.of("2.2.2.2"))));
        assertTrue(lab.ping(1, Ipv4Address.of("192.168.50.1")));
    }

    private static List<Lsa> externals(OspfLab lab, int at) {
        return lab.ospf(at).area(AreaId.BACKBONE).lsdb().entries().stream().map(LsdbEntry::lsa)
                .filter(lsa -> lsa.type() == LsaType.AS_EXTERNAL && !lsa.isMaxAge()).toList();
    }

    private static Lsa external(OspfLab lab, int at, Ipv4Prefix prefix) {
        return externals(lab, at).stream().filter(lsa -> lsa.linkStateId().equals(prefix.network())).findFirst()
                .orElseThrow();
    }
}
