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
        assertEquals(180, peer.holdTime());
    }
}
