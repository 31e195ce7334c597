package org.looplab.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.looplab.bgp.PeLab.check;
import static org.looplab.bgp.PeLab.port;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.dataplane.PingSession;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.ping.PingResult;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;
import org.looplab.routing.Route;
import org.looplab.routing.RouteSource;
import org.looplab.sim.Kernel;
import org.looplab.tcp.TcpConnection;
import org.looplab.tcp.TcpStack;
import org.looplab.vrf.VrfConfig;
import org.looplab.vrf.VrfDefinition;

/**
 * BGP in VRFs (VRF-lite PE-CE): a PE (AS 65000) with VRFs A and B. In A it peers with ce1 (AS 65001) and
 * ce3 (AS 65003), in B with ce2 (AS 65002); every PE-CE link is 10.1.1.0/30 and ce1 and ce2 both originate
 * 192.168.0.0/24. Each VRF's sessions run over TCP in that VRF and its routes stay in its table.
 */
class BgpVrfTest {
    private static final long SECOND = 1_000_000_000L;
    private static final Ipv4Address PE_SIDE = Ipv4Address.of("10.1.1.1");
    private static final Ipv4Address CE_SIDE = Ipv4Address.of("10.1.1.2");
    private static final Ipv4Prefix CUSTOMER = Ipv4Prefix.containing(Ipv4Address.of("192.168.0.0"), 24);
    private static final Ipv4Prefix SITE3 = Ipv4Prefix.containing(Ipv4Address.of("172.16.3.0"), 24);

    private Kernel kernel;
    private Router pe;
    private Router ce1;
    private Router ce2;
    private Router ce3;

    @BeforeEach
    void lab() {
        PeLab lab = new PeLab("bgp-vrf", 7, "ce1", "ce2", "ce3");
        kernel = lab.kernel;
        pe = lab.pe;
        ce1 = lab.ces.get(0);
        ce2 = lab.ces.get(1);
        ce3 = lab.ces.get(2);
        VrfConfig vrfs = VrfConfig.of(pe);
        for (String name : List.of("A", "B")) {
            VrfDefinition vrf = vrfs.define(name, VrfDefinition.Style.DEFINITION);
            vrf.addAddressFamily("ipv4");
            vrf.setRouteDistinguisher(name.equals("A") ? "65000:1" : "65000:2");
        }
        join(0, "A");
        join(1, "B");
        join(2, "A");
        pe.setAddress(port(pe, 2), Ipv4Address.of("10.1.3.1"), mask(30));
        ce3.setAddress(port(ce3, 0), Ipv4Address.of("10.1.3.2"), mask(30));
        for (Router ce : List.of(ce1, ce2)) {
            ce.setAddress(port(ce, 0), CE_SIDE, mask(30));
            loopback(ce, "192.168.0.1", 24);
        }
        loopback(ce3, "172.16.3.1", 24);

        Bgp bgp = Bgp.of(pe);
        check(bgp.start(new AsNumber(65000)));
        check(bgp.addVrf("A"));
        check(bgp.addVrf("B"));
        check(bgp.vrf("A").setRemoteAs(CE_SIDE.toString(), new AsNumber(65001)));
        check(bgp.vrf("A").setRemoteAs("10.1.3.2", new AsNumber(65003)));
        check(bgp.vrf("B").setRemoteAs(CE_SIDE.toString(), new AsNumber(65002)));
        customer(ce1, 65001, PE_SIDE, CUSTOMER);
        customer(ce2, 65002, PE_SIDE, CUSTOMER);
        customer(ce3, 65003, Ipv4Address.of("10.1.3.1"), SITE3);
        kernel.runUntil(kernel.now() + 60 * SECOND);
    }

    private void join(int port, String vrf) {
        check(VrfConfig.of(pe).join(port(pe, port), vrf, false));
        if (port < 2) {
            pe.setAddress(port(pe, port), PE_SIDE, mask(30));
        }
    }

    private static void customer(Router ce, int as, Ipv4Address pe, Ipv4Prefix network) {
        Bgp bgp = Bgp.of(ce);
        check(bgp.start(new AsNumber(as)));
        check(bgp.setRemoteAs(pe.toString(), new AsNumber(65000)));
        check(bgp.addNetwork(new BgpNetwork(network, null)));
    }

    private static void loopback(Router router, String address, int length) {
        Interface loopback = router.enterInterface(InterfaceName.loopback(0));
        router.setAddress(loopback, Ipv4Address.of(address), mask(length));
    }

    private static Ipv4Address mask(int length) {
        return Ipv4Prefix.maskOf(length);
    }



    private BgpSpeaker speaker(String vrf) {
        return Bgp.of(pe).vrf(vrf).speaker();
    }

    @Test
    void eachVrfPeersWithItsOwnCustomerOverTcpInThatVrf() {
        BgpNeighbor a = speaker("A").neighbor(CE_SIDE);
        BgpNeighbor b = speaker("B").neighbor(CE_SIDE);
        assertEquals(BgpState.ESTABLISHED, a.state(), a.transitions().toString());
        assertEquals(BgpState.ESTABLISHED, b.state(), b.transitions().toString());
        assertEquals(BgpState.ESTABLISHED, speaker("A").neighbor(Ipv4Address.of("10.1.3.2")).state());
        assertEquals(new AsNumber(65001), a.configuredRemoteAs());
        assertEquals(new AsNumber(65002), b.configuredRemoteAs());
        List<TcpConnection> bgpConnections = TcpStack.of(pe).connections().stream()
                .filter(connection -> connection.remoteAddress().equals(CE_SIDE)).toList();
        assertEquals(2, bgpConnections.size(), "one connection to 10.1.1.2 in each VRF");
        assertEquals(List.of("A", "B"), bgpConnections.stream().map(TcpConnection::vrf).sorted().toList());
        List<String> log = pe.log().messages().stream().map(message -> message.text()).toList();
        assertTrue(log.contains("%BGP-5-ADJCHANGE: neighbor 10.1.1.2 vrf A Up "), log.toString());
        assertTrue(log.contains("%BGP-5-ADJCHANGE: neighbor 10.1.1.2 vrf B Up "), log.toString());
        assertTrue(Bgp.of(pe).speaker().neighbors().isEmpty(), "the global table has no neighbor");
    }

    @Test
    void theSamePrefixStaysInItsVrfWithItsOwnPath() {
        Route inA = pe.rib("A").get(CUSTOMER);
        Route inB = pe.rib("B").get(CUSTOMER);
        assertNotNull(inA, speaker("A").entries().toString());
        assertNotNull(inB, speaker("B").entries().toString());
        assertEquals(RouteSource.EBGP, inA.source());
        assertEquals("65001", speaker("A").entry(CUSTOMER).best().attributes().asPath().toString());
        assertEquals("65002", speaker("B").entry(CUSTOMER).best().attributes().asPath().toString());
        assertNull(pe.rib().get(CUSTOMER), "nothing leaks into the global table");
        assertNotNull(pe.rib("A").get(SITE3));
        assertNull(pe.rib("B").get(SITE3), "ce3's site is in A only");
        assertNotNull(ce1.rib().get(SITE3), "ce1 learns ce3's site through VRF A");
        assertNull(ce2.rib().get(SITE3), "ce2 never hears of VRF A's routes");
        assertEquals("65000 65001", ce3.rib().get(CUSTOMER) == null ? null
                : Bgp.of(ce3).speaker().entry(CUSTOMER).best().attributes().asPath().toString());
    }

    @Test
    void trafficCrossesThePeInItsVrf() {
        PingResult[] result = new PingResult[1];
        PingSession.start(ce3, Ipv4Address.of("192.168.0.1"), Ipv4Address.of("172.16.3.1"), 5,
                PingSession.DEFAULT_TIMEOUT_NANOS, mark -> { }, done -> result[0] = done);
        kernel.runUntil(kernel.now() + 20 * SECOND);
        assertEquals("!!!!!", result[0].marks());
        PingSession.startInVrf(pe, "B", Ipv4Address.of("192.168.0.1"), null, 5, PingSession.DEFAULT_TIMEOUT_NANOS,
                mark -> { }, done -> result[0] = done);
        kernel.runUntil(kernel.now() + 20 * SECOND);
        assertEquals("!!!!!", result[0].marks(), "ping vrf B reaches ce2's copy of the prefix");
    }

    @Test
    void clearingAndRemovingOneVrfLeavesTheOtherAlone() {
        speaker("A").clearAll(ClearMode.HARD);
        kernel.runUntil(kernel.now() + 1 * SECOND);
        assertEquals(BgpState.ESTABLISHED, speaker("B").neighbor(CE_SIDE).state());
        List<String> log = pe.log().messages().stream().map(message -> message.text()).toList();
        assertTrue(log.contains("%BGP-5-ADJCHANGE: neighbor 10.1.1.2 vrf A Down User reset"), log.toString());
        assertTrue(log.contains("%BGP_SESSION-5-ADJCHANGE: neighbor 10.1.1.2 IPv4 Unicast vrf A topology base removed"
                + " from session  User reset"), log.toString());
        kernel.runUntil(kernel.now() + 60 * SECOND);
        assertEquals(BgpState.ESTABLISHED, speaker("A").neighbor(CE_SIDE).state());

        check(Bgp.of(pe).removeVrf("A"));
        kernel.runUntil(kernel.now() + 1 * SECOND);
        assertNull(pe.rib("A").get(CUSTOMER), "VRF A's BGP routes are gone");
        assertNotNull(pe.rib("B").get(CUSTOMER));
        assertFalse(Bgp.of(ce1).speaker().neighbor(PE_SIDE).isEstablished(), "ce1 heard the session close");
        assertTrue(Bgp.of(ce2).speaker().neighbor(PE_SIDE).isEstablished());
    }

    @Test
    void iosRefusesAVrfThatDoesNotExistOrHasNoRd() {
        Bgp bgp = Bgp.of(pe);
        assertEquals("% VRF C does not exist", bgp.addVrf("C"));
        VrfConfig.of(pe).define("C", VrfDefinition.Style.DEFINITION);
        assertEquals("% VRF C does not have an RD configured.", bgp.addVrf("C"));
        assertNull(bgp.vrf("C"));
    }

    @Test
    void removingTheVrfTakesItsAddressFamilyWithIt() {
        VrfConfig.of(pe).remove("B", VrfDefinition.Style.DEFINITION);
        kernel.runUntil(kernel.now() + 5 * SECOND);
        assertNull(Bgp.of(pe).vrf("B"), "the address family went with the VRF");
        assertEquals(List.of("A"), Bgp.of(pe).vrfs().stream().map(Bgp::vrfName).toList());
        assertTrue(speaker("A").neighbor(CE_SIDE).isEstablished());
        assertFalse(Bgp.of(ce2).speaker().neighbor(PE_SIDE).isEstablished(), "ce2 heard the session close");
    }
}
