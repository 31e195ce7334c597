package org.looplab.ospf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.router.InterfaceName;
import org.looplab.routing.Route;
import org.looplab.routing.RouteSource;
import org.looplab.scenario.LineLab;
import org.looplab.scenario.OspfLab;

/** Stub areas, totally stubby areas, area ranges and default-cost, on r1 (area 1) - r2 (ABR) - r3 (area 0, ASBR). */
class OspfAreaTypesTest {
    private static final AreaId AREA1 = AreaId.of(1);
    private static final Ipv4Prefix EXTERNAL = Ipv4Prefix.containing(Ipv4Address.of("192.168.50.0"), 24);

    private static OspfLab lab() {
        OspfLab lab = new OspfLab(1, 3, new int[][] {{1, 2}, {2, 3}}, false);
        Ipv4Address all = Ipv4Address.of("255.255.255.255");
        lab.ospf(1).addNetwork(Ipv4Address.ANY, all, AREA1);
        lab.ospf(2).addNetwork(Ipv4Address.of("10.1.2.0"), Ipv4Address.of("0.0.0.255"), AREA1);
        lab.ospf(2).addNetwork(Ipv4Address.ANY, all, AreaId.BACKBONE);
        lab.ospf(3).addNetwork(Ipv4Address.of("10.0.0.0"), Ipv4Address.of("0.255.255.255"), AreaId.BACKBONE);
        lab.ospf(3).addNetwork(OspfLab.loopback(3), Ipv4Address.ANY, AreaId.BACKBONE);
        LineLab.up(lab.router(3), InterfaceName.loopback(1), "192.168.50.1", "255.255.255.0");
        lab.ospf(3).setRedistribution(new Redistribution(Redistribution.Source.CONNECTED, null, null, true, null));
        return lab;
    }

    private static void stub(OspfLab lab, boolean noSummary) {
        assertNull(lab.ospf(1).setAreaType(AREA1, AreaSettings.Type.STUB, false, false));
        assertNull(lab.ospf(2).setAreaType(AREA1, AreaSettings.Type.STUB, noSummary, false));
    }

    @Test
    void aStubAreaGetsADefaultInsteadOfExternals() {
        OspfLab lab = lab();
        stub(lab, false);
        lab.run(80);
        assertEquals(RouteSource.OSPF_EXTERNAL_2, lab.router(2).rib().get(EXTERNAL).source());
        assertNull(lab.router(1).rib().get(EXTERNAL));
        Route fallback = lab.router(1).rib().get(Ipv4Prefix.DEFAULT_ROUTE);
        assertEquals(RouteSource.OSPF_INTER_AREA, fallback.source());
        assertEquals(2, fallback.metric()); // default-cost 1 plus the link
        assertEquals(RouteSource.OSPF_INTER_AREA, lab.router(1).rib().get(OspfLab.loopbackPrefix(3)).source());
        assertTrue(lab.ospf(1).area(AREA1).lsdb().entries().stream()
                .noneMatch(e -> e.lsa().type() == LsaType.AS_EXTERNAL || e.lsa().type() == LsaType.SUMMARY_ASBR));
        assertTrue(lab.ping(1, Ipv4Address.of("192.168.50.1")));

        lab.ospf(2).setAreaDefaultCost(AREA1, 10);
        lab.run(20);
        assertEquals(11, lab.router(1).rib().get(Ipv4Prefix.DEFAULT_ROUTE).metric());
    }

    @Test
    void totallyStubbyKeepsOnlyTheDefault() {
        OspfLab lab = lab();
        stub(lab, true);
        lab.run(80);
        assertNull(lab.router(1).rib().get(OspfLab.loopbackPrefix(3)));
        assertNotNull(lab.router(1).rib().get(Ipv4Prefix.DEFAULT_ROUTE));
        assertTrue(lab.ping(1, OspfLab.loopback(3)));
    }

    @Test
    void mismatchedStubFlagsKeepTheAdjacencyDown() {
        OspfLab lab = lab();
        lab.run(80);
        assertEquals(1, lab.ospf(1).neighbors().size());
        // Only r1 becomes stub: its adjacency resets, and r2's hellos (E bit set) are dropped since.
        lab.ospf(1).setAreaType(AREA1, AreaSettings.Type.STUB, false, false);
        lab.run(120);
        assertTrue(lab.ospf(1).neighbors().isEmpty());
        assertTrue(lab.ospf(2).neighbors().stream().noneMatch(n -> n.routerId().equals(OspfLab.loopback(1))));
        assertNull(lab.router(1).rib().get(OspfLab.loopbackPrefix(3)));
        assertTrue(lab.router(2).log().messages().stream().anyMatch(message -> message.text().contains(
                "Nbr 1.1.1.1 on GigabitEthernet0/0 from FULL to DOWN, Neighbor Down: Dead timer expired")));
        // r2 agrees: the adjacency comes back.
        lab.ospf(2).setAreaType(AREA1, AreaSettings.Type.STUB, false, false);
        lab.run(60);
        assertEquals("FULL", lab.ospf(1).neighbors().get(0).state().name());
        assertEquals("% OSPF: Backbone can not be configured as stub area",
                lab.ospf(2).setAreaType(AreaId.BACKBONE, AreaSettings.Type.STUB, false, false));
    }

    @Test
    void areaRangeSummarizesOrHides() {
        OspfLab lab = lab();
        LineLab.up(lab.router(1), InterfaceName.loopback(1), "172.16.1.1", "255.255.255.0");
        LineLab.up(lab.router(1), InterfaceName.loopback(2), "172.16.2.1", "255.255.255.0");
        Ipv4Prefix range = Ipv4Prefix.containing(Ipv4Address.of("172.16.0.0"), 16);
        lab.ospf(2).setAreaRange(AREA1, range, true, true);
        lab.run(80);
        Route summary = lab.router(3).rib().get(range);
        assertEquals(RouteSource.OSPF_INTER_AREA, summary.source());
        assertEquals(3, summary.metric()); // the costlier component (1 + 1) plus the link
        assertNull(lab.router(3).rib().get(Ipv4Prefix.containing(Ipv4Address.of("172.16.1.1"), 32)));
        assertTrue(lab.ping(3, Ipv4Address.of("172.16.2.1")));
        lab.ospf(2).setAreaRange(AREA1, range, false, true);
        lab.run(20);
        assertNull(lab.router(3).rib().get(range));
        assertNotNull(lab.router(3).rib().get(OspfLab.loopbackPrefix(1)));
    }

    @Test
    void nssaCarriesType7RoutesThatTheAbrTranslates() {
        // r1 (ASBR) in NSSA 1, r2 the ABR, r3 in area 0: r1's Loopback1 goes out as type 7, then type 5.
        OspfLab lab = new OspfLab(1, 3, new int[][] {{1, 2}, {2, 3}}, false);
        Ipv4Address all = Ipv4Address.of("255.255.255.255");
        lab.ospf(1).addNetwork(Ipv4Address.of("10.0.0.0"), Ipv4Address.of("0.255.255.255"), AREA1);
        lab.ospf(1).addNetwork(OspfLab.loopback(1), Ipv4Address.ANY, AREA1);
        lab.ospf(2).addNetwork(Ipv4Address.of("10.1.2.0"), Ipv4Address.of("0.0.0.255"), AREA1);
        lab.ospf(2).addNetwork(Ipv4Address.ANY, all, AreaId.BACKBONE);
        lab.ospf(3).addNetwork(Ipv4Address.ANY, all, AreaId.BACKBONE);
        LineLab.up(lab.router(1), InterfaceName.loopback(1), "192.168.50.1", "255.255.255.0");
        lab.ospf(1).setRedistribution(new Redistribution(Redistribution.Source.CONNECTED, null, null, true, null));
        lab.ospf(1).setAreaType(AREA1, AreaSettings.Type.NSSA, false, false);
        lab.ospf(2).setAreaType(AREA1, AreaSettings.Type.NSSA, false, true);
        lab.run(90);
        Route atAbr = lab.router(2).rib().get(EXTERNAL);
        assertEquals(RouteSource.OSPF_NSSA_2, atAbr.source());
        assertEquals(20, atAbr.metric());
        Route beyond = lab.router(3).rib().get(EXTERNAL);
        assertEquals(RouteSource.OSPF_EXTERNAL_2, beyond.source());
        Lsa translated = lab.ospf(3).area(AreaId.BACKBONE).lsdb().entries().stream().map(LsdbEntry::lsa)
                .filter(lsa -> lsa.type() == LsaType.AS_EXTERNAL).findFirst().orElseThrow();
        assertEquals(Ipv4Address.of("2.2.2.2"), translated.advertisingRouter());
        assertEquals(OspfLab.loopback(1), ((LsaBody.ExternalBody) translated.body()).forwardingAddress());
        assertTrue(lab.ping(3, Ipv4Address.of("192.168.50.1")));
        // The ABR's default-information-originate: a type-7 default, O*N2 in the NSSA.
        assertEquals(RouteSource.OSPF_NSSA_2, lab.router(1).rib().get(Ipv4Prefix.DEFAULT_ROUTE).source());
        assertNull(lab.router(3).rib().get(Ipv4Prefix.DEFAULT_ROUTE));
    }
}
