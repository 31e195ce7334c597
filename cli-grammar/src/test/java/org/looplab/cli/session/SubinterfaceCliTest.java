package org.looplab.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.cli.config.RunningConfigWriter;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** Router-on-a-stick at the CLI: subinterfaces, their VLANs, their reports, running-config and OSPF over them. */
class SubinterfaceCliTest {
    private static final long SECOND = 1_000_000_000L;
    private static final String STICK = """
            interface GigabitEthernet0/0
             no ip address
             no shutdown
            !
            interface GigabitEthernet0/0.10
             description users
             encapsulation dot1Q 10
             ip address 10.0.10.%1$d 255.255.255.0
            !
            interface GigabitEthernet0/0.20
             encapsulation dot1Q %2$d
             ip address 10.0.20.%1$d 255.255.255.0
            !
            interface GigabitEthernet0/0.99
             encapsulation dot1Q 99 native
             ip address 10.0.99.%1$d 255.255.255.0
            !
            router ospf 1
             network 10.0.0.0 0.255.255.255 area 0
            """;

    private final Kernel kernel = new Kernel(5);
    private final Lab lab = new Lab("t", kernel);
    private final Router r1 = lab.addRouter("r1");
    private final Router r2 = lab.addRouter("r2");

    SubinterfaceCliTest() {
        lab.connect(r1, InterfaceName.gigabitEthernet(0), r2, InterfaceName.gigabitEthernet(0));
        assertEquals(List.of(), ConfigLoader.apply(r1, STICK.formatted(1, 20)));
        assertEquals(List.of(), ConfigLoader.apply(r2, STICK.formatted(2, 21)));
        kernel.runUntil(kernel.now() + 60 * SECOND);
    }

    private static CliSession session(Router router) {
        return new CliSession(router, "admin", 15, "test");
    }

    @Test
    void ospfMeetsOnTheMatchingVlansOnly() {
        String neighbors = session(r1).execute("show ip ospf neighbor");
        assertTrue(neighbors.contains("GigabitEthernet0/0.10"), neighbors);
        assertTrue(neighbors.contains("GigabitEthernet0/0.99"), neighbors);
        assertFalse(neighbors.contains("GigabitEthernet0/0.20"), "VLAN 20 against 21: isolated\n" + neighbors);
    }

    @Test
    void briefAndInterfaceReportsShowTheSubinterfaces() {
        String brief = session(r1).execute("show ip interface brief");
        assertTrue(brief.contains("GigabitEthernet0/0.10      10.0.10.1       YES NVRAM  up                    up"), brief);
        String shown = session(r1).execute("show interfaces gi0/0.10");
        assertTrue(shown.startsWith("GigabitEthernet0/0.10 is up, line protocol is up \n"), shown);
        assertTrue(shown.contains("\n  Description: users\n"), shown);
        assertTrue(shown.contains("\n  Internet address is 10.0.10.1/24\n"), shown);
        assertTrue(shown.contains("\n  Encapsulation 802.1Q Virtual LAN, Vlan ID  10.\n"), shown);
    }

    @Test
    void runningConfigWritesThemAsIosAndReadsBack() {
        String running = RunningConfigWriter.render(r1);
        assertTrue(running.contains("interface GigabitEthernet0/0.10\n description users\n encapsulation dot1Q 10\n"
                + " ip address 10.0.10.1 255.255.255.0\n"), running);
        assertTrue(running.contains("interface GigabitEthernet0/0.99\n encapsulation dot1Q 99 native\n"), running);
        Router copy = new Lab("copy", new Kernel(1)).addRouter("r1");
        assertEquals(List.of(), ConfigLoader.apply(copy, running));
        assertEquals(running, RunningConfigWriter.render(copy));
    }

    @Test
    void anAddressBeforeTheVlanIsRefusedAsIosDoes() {
        CliSession session = session(r1);
        session.execute("configure terminal");
        assertEquals("", session.execute("int gi0/0.30"));
        assertEquals("r1(config-subif)#", session.prompt());
        assertEquals("% Configuring IP routing on a LAN subinterface is only allowed if that subinterface is already"
                + " configured as part of an IEEE 802.10, IEEE 802.1Q, or ISL vLAN.\n",
                session.execute("ip address 10.0.30.1 255.255.255.0"));
        assertEquals("", session.execute("encapsulation dot1q 30"));
        assertEquals("", session.execute("ip address 10.0.30.1 255.255.255.0"));
        assertEquals("% Configuration of multiple subinterfaces of the same main interface with the same VID (30) is not"
                + " permitted.\nThis VID is already configured on GigabitEthernet0/0.30.\n",
                session.execute("interface Gi0/0.31") + session.execute("encapsulation dot1Q 30"));
    }

    @Test
    void noInterfaceRemovesItAndTheParentsShutdownTakesItDown() {
        CliSession session = session(r1);
        session.execute("configure terminal");
        assertEquals("", session.execute("no interface GigabitEthernet0/0.20"));
        assertFalse(RunningConfigWriter.render(r1).contains("GigabitEthernet0/0.20"));
        session.execute("interface gi0/0");
        session.execute("shutdown");
        String brief = session(r1).execute("show ip interface brief");
        assertTrue(brief.contains("GigabitEthernet0/0.10      10.0.10.1       YES NVRAM  down                  down"), brief);
    }
}
