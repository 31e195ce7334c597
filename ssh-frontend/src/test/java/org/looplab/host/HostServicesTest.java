package org.looplab.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;
import org.looplab.ssh.EndpointPlan;
import org.looplab.ssh.RouterEndpoint;

/** Where the SNMP agents listen, from the SSH endpoints the lab chose. */
class HostServicesTest {
    private final Lab lab = new Lab("t", new Kernel(1));
    private final List<Router> routers = List.of(lab.addRouter("r1"), lab.addRouter("r2"), lab.addRouter("r3"));

    @Test
    void onePortPerRouterOnASharedAddress() {
        List<RouterEndpoint> endpoints = EndpointPlan.plan(routers, 2201, false, false);
        List<String> agents = HostServices.snmpAddresses(endpoints, false, null).values().stream()
                .map(HostServicesTest::text).toList();
        assertEquals(List.of("127.0.0.1:16101", "127.0.0.1:16102", "127.0.0.1:16103"), agents);
        assertEquals("127.0.0.1:30000", text(HostServices.snmpAddresses(endpoints, false, 30000).get(routers.get(0))));
        assertThrows(IllegalArgumentException.class, () -> HostServices.snmpAddresses(endpoints, false, 65534));
    }

    @Test
    void oneAddressPerRouterOnOnePort() {
        List<RouterEndpoint> endpoints = EndpointPlan.plan(routers, 2201, true, false);
        List<String> agents = HostServices.snmpAddresses(endpoints, true, 1161).values().stream()
                .map(HostServicesTest::text).toList();
        assertEquals(List.of("127.1.0.1:1161", "127.1.0.2:1161", "127.1.0.3:1161"), agents);
        int port = HostServices.snmpAddresses(endpoints, true, null).get(routers.get(2)).getPort();
        assertEquals(true, port == SnmpPorts.STANDARD_PORT || port == SnmpPorts.FALLBACK_PORT);
    }

    private static String text(InetSocketAddress address) {
        return address.getAddress().getHostAddress() + ":" + address.getPort();
    }
}
