package org.looplab.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.cli.config.RunningConfigWriter;
import org.looplab.router.Lab;
import org.looplab.router.PortLayout;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** Every interface type IOS configs use, abbreviated or not, on the models that have them. */
class InterfaceTypesTest {
    private static final String INVALID = "% Invalid input detected at '^' marker.\n\n";

    private static CliSession configuring(Router router) {
        CliSession session = new CliSession(router, "admin", 15, "127.0.0.1");
        session.execute("configure terminal");
        return session;
    }

    @Test
    void iolTakesEthernetInEveryAbbreviation() {
        Router router = new Lab("t", new Kernel(1)).addRouter("R1", PortLayout.IOL);
        CliSession session = configuring(router);
        assertEquals("", session.execute("int e0/1"));
        assertEquals("R1(config-if)#", session.prompt());
        assertEquals("", session.execute("ip address 10.0.0.1 255.255.255.0"));
        assertEquals("", session.execute("interface Ethernet0/2"));
        assertEquals("", session.execute("exit"));
        // IOSv's type on an IOL: the caret under the type, as IOS puts it under a word its parser lacks.
        assertEquals(" ".repeat("R1(config)#interface ".length()) + "^\n" + INVALID,
                session.execute("interface GigabitEthernet0/0"));
        // A port the model has not: the caret under the number.
        assertEquals(" ".repeat("R1(config)#interface Ethernet".length()) + "^\n" + INVALID,
                session.execute("interface Ethernet0/7"));
        assertTrue(RunningConfigWriter.render(router).contains(
                "interface Ethernet0/1\n ip address 10.0.0.1 255.255.255.0\n"));
    }

    @Test
    void csrNumbersGigabitEthernetFromOne() {
        Router router = new Lab("t", new Kernel(1)).addRouter("R1", PortLayout.CSR);
        CliSession session = configuring(router);
        assertEquals("", session.execute("int gi2"));
        assertEquals("R1(config-if)#", session.prompt());
        assertEquals(" ".repeat("R1(config-if)#int gi".length()) + "^\n" + INVALID, session.execute("int gi0/0"));
    }

    @Test
    void unnamedHardwareHasWhatItsConfigNames() {
        Router router = new Lab("t", new Kernel(1)).addRouter("R1", PortLayout.ANY_HARDWARE);
        String config = String.join("\n",
                "interface FastEthernet0/0",
                " ip address 10.1.1.1 255.255.255.0",
                "interface Serial0/0/0",
                " ip address 10.2.2.1 255.255.255.252",
                "interface TenGigabitEthernet1/0/1",
                " no ip address",
                "interface Port-channel1",
                " no ip address",
                "");
        assertEquals(java.util.List.of(), ConfigLoader.apply(router, config));
        String running = RunningConfigWriter.render(router);
        assertTrue(running.contains("interface FastEthernet0/0\n ip address 10.1.1.1 255.255.255.0\n"), running);
        assertTrue(running.contains("interface Serial0/0/0\n ip address 10.2.2.1 255.255.255.252\n"), running);
        assertTrue(running.contains("interface TenGigabitEthernet1/0/1\n no ip address\n"), running);
        assertTrue(running.contains("interface Port-channel1\n no ip address\n"), running);
        CliSession session = configuring(router);
        assertEquals("", session.execute("int se0/0/0"));
        assertEquals("", session.execute("int fa0/0"));
        assertEquals("", session.execute("int po1"));
        assertEquals("R1(config-if)#", session.prompt());
    }

    @Test
    void vlanAndPortChannelInterfacesAreKeptDownAndSaidToBeUnsimulated() {
        Router router = new Lab("t", new Kernel(1)).addRouter("R1");
        assertEquals(java.util.List.of(), ConfigLoader.apply(router, """
                interface Port-channel1
                 no ip address
                interface Vlan10
                 ip address 10.0.10.1 255.255.255.0
                """));
        String running = RunningConfigWriter.render(router);
        assertTrue(running.contains("interface Vlan10\n ip address 10.0.10.1 255.255.255.0\n"), running);
        Router copy = new Lab("t", new Kernel(1)).addRouter("R1");
        assertEquals(java.util.List.of(), ConfigLoader.apply(copy, running));
        assertEquals(running, RunningConfigWriter.render(copy));
        CliSession session = configuring(router);
        assertEquals("", session.execute("int vl10"));
        assertEquals("R1(config-if)#", session.prompt());
        session.execute("end");
        assertTrue(session.execute("show ip interface brief").contains(
                "Vlan10                     10.0.10.1       YES NVRAM  down                  down"));
        assertEquals("""
                Accepted and kept in running-config, not simulated by looplab:
                  interface Port-channel1: kept down, no members are bundled
                  interface Vlan10: kept down, no switching is simulated
                2 lines
                """, session.execute("show looplab unmodelled"));
    }
}
