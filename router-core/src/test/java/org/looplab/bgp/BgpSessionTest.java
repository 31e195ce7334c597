package org.looplab.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.looplab.net.Ipv4Address;
import org.looplab.routing.Route;
import org.looplab.routing.RouteSource;
import org.looplab.scenario.BgpLab;
import org.looplab.scenario.OspfLab;

class BgpSessionTest {
    @Test
    void ebgpOnLinkAddressesComesUpAndExchangesRoutes() {
        BgpLab lab = new BgpLab(1, 2, new int[][] {{1, 2}}, false);
        lab.start(1, 65001);
        lab.start(2, 65002);
        lab.neighbor(1, OspfLab.linkAddress(1, 2, 2), 65002);
        lab.neighbor(2, OspfLab.linkAddress(1, 2, 1), 65001);
        lab.network(1, OspfLab.loopbackPrefix(1));
        lab.network(2, OspfLab.loopbackPrefix(2));
        lab.run(30);
        BgpNeighbor peer = lab.peer(1, OspfLab.linkAddress(1, 2, 2));
        assertEquals(BgpState.ESTABLISHED, peer.state(), peer.transitions().toString());
        assertTrue(lab.bgpLog(1).contains("%BGP-5-ADJCHANGE: neighbor 10.1.2.2 Up "), lab.bgpLog(1).toString());
        Route route = lab.router(1).rib().get(OspfLab.loopbackPrefix(2));
        assertNotNull(route, lab.speaker(1).entries().toString());
        assertEquals(RouteSource.EBGP, route.source());
        assertEquals(20, route.distance());
        assertEquals(Ipv4Address.of("10.1.2.2"), route.nextHop());
        assertTrue(lab.net.ping(1, OspfLab.loopback(2)));
        assertEquals(1, peer.adjRibIn().acceptedPrefixes());
        assertEquals(1, peer.adjRibOut().advertisedPrefixes());
        assertEquals(60, peer.keepaliveInterval());
        BgpNeighbor back = lab.peer(2, OspfLab.linkAddress(1, 2, 1));
        var advertised = lab.speaker(2).advertisedRoutes(back);
        assertEquals(java.util.List.of(OspfLab.loopbackPrefix(2)), java.util.List.copyOf(advertised.keySet()));
        assertEquals("65002", advertised.get(OspfLab.loopbackPrefix(2)).asPath().toString());
        assertEquals(OspfLab.linkAddress(1, 2, 2), advertised.get(OspfLab.loopbackPrefix(2)).nextHop());
        assertEquals(1, lab.speaker(1).routesFrom(peer).size());
        assertEquals(java.util.List.of(peer), lab.speaker(1).advertisedTo(lab.speaker(1).entry(OspfLab.loopbackPrefix(1))));
        assertTrue(peer.lastReadNanos() > 0 && peer.lastWriteNanos() > 0);
        assertEquals(2, lab.speaker(1).prefixActivity()[0]);
        assertEquals(180, peer.holdTime());
    }
}
