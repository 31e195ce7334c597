package org.looplab.ping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Link;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

class PingTest {
    private Lab lab;
    private Router r1;
    private Link link;

    @BeforeEach
    void twoRouters() {
        lab = new Lab("t", new Kernel(1));
        r1 = lab.addRouter("r1");
        Router r2 = lab.addRouter("r2");
        link = lab.connect(r1, InterfaceName.gigabitEthernet(0), r2, InterfaceName.gigabitEthernet(0));
        up(r1, InterfaceName.gigabitEthernet(0), "10.0.12.1", "255.255.255.0");
        up(r2, InterfaceName.gigabitEthernet(0), "10.0.12.2", "255.255.255.0");
        up(r1, InterfaceName.loopback(0), "10.0.0.1", "255.255.255.255");
    }

    private static void up(Router router, InterfaceName name, String address, String mask) {
        Interface iface = router.enterInterface(name);
        router.setAddress(iface, Ipv4Address.of(address), Ipv4Address.of(mask));
        router.setShutdown(iface, false);
    }

    private int received(String destination) {
        return Ping.run(r1, Ipv4Address.of(destination), 5).received();
    }

    @Test
    void hostLoopbackAndOwnLoopbackAnswerWithEveryLinkDown() {
        lab.setConnected(link, false);
        assertEquals(5, received("127.0.0.1"));
        assertEquals(5, received("127.8.9.10"));
        assertEquals(5, received("10.0.0.1"));
        assertEquals(0, received("0.0.0.0"));
    }

    @Test
    void aNeighbourAnswersOnlyWhileTheLinkIsUp() {
        PingResult up = Ping.run(r1, Ipv4Address.of("10.0.12.2"), 5);
        assertEquals(100, up.successPercent());
        assertEquals(1, up.minMillis(), "2 x 0.5 ms of link delay");
        lab.setConnected(link, false);
        assertEquals(0, received("10.0.12.2"));
        assertEquals(0, received("10.0.12.1"), "an address on a down interface has no local route");
        lab.setConnected(link, true);
        link.setDelayNanos(20_000_000);
        assertEquals(40, Ping.run(r1, Ipv4Address.of("10.0.12.2"), 5).avgMillis());
    }

    @Test
    void unknownHostsOnAConnectedSubnetAndUnroutedAddressesFail() {
        assertEquals(0, received("10.0.12.3"));
        assertEquals(0, received("192.0.2.1"));
    }
}
