package org.looplab.cli.show;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.cli.config.RunningConfigWriter;
import org.looplab.cli.session.CliSession;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** The {@code area N ...} lines typed at the CLI: refusals, {@code no} forms, running-config and show ip ospf. */
class OspfAreaCliTest {
    @Test
    void areaLinesAsTypedAndWrittenBack() {
        Kernel kernel = new Kernel(5);
        Lab lab = new Lab("t", kernel);
        Router r1 = lab.addRouter("r1");
        Router r2 = lab.addRouter("r2");
        lab.connect(r1, InterfaceName.gigabitEthernet(0), r2, InterfaceName.gigabitEthernet(0));
        assertEquals(List.of(), ConfigLoader.apply(r1, """
                interface Loopback0
                 ip address 10.0.0.1 255.255.255.255
                interface GigabitEthernet0/0
                 ip address 10.0.12.1 255.255.255.0
                router ospf 1
                 network 10.0.12.0 0.0.0.255 area 1
                 network 10.0.0.1 0.0.0.0 area 0
                """));
        assertEquals(List.of(), ConfigLoader.apply(r2, """
                interface GigabitEthernet0/0
                 ip address 10.0.12.2 255.255.255.0
                router ospf 1
                 network 10.0.12.0 0.0.0.255 area 1
                 area 1 stub
                """));
        CliSession session = new CliSession(r1, "admin", 15, "test");
        session.execute("configure terminal");
        session.execute("router ospf 1");
        assertEquals("% OSPF: Backbone can not be configured as stub area\n", session.execute("area 0 stub"));
        assertEquals("", session.execute("area 1 stub no-summary"));
        assertEquals("", session.execute("area 1 default-cost 15"));
        assertEquals("", session.execute("area 1 range 172.16.0.0 255.255.0.0"));
        assertEquals("", session.execute("area 1 range 172.17.0.0 255.255.0.0 not-advertise"));
        assertTrue(session.execute("area 1 range 172.16.0.0 255.0.255.0").contains("% Invalid input detected"));
        assertTrue(RunningConfigWriter.render(r1).contains("""
                router ospf 1
                 area 1 stub no-summary
                 area 1 default-cost 15
                 area 1 range 172.16.0.0 255.255.0.0
                 area 1 range 172.17.0.0 255.255.0.0 not-advertise
                 network 10.0.12.0 0.0.0.255 area 1
                """), RunningConfigWriter.render(r1));
        session.execute("no area 1 stub no-summary");
        session.execute("no area 1 range 172.17.0.0 255.255.0.0");
        assertTrue(RunningConfigWriter.render(r1).contains(
                "\n area 1 stub\n area 1 default-cost 15\n area 1 range 172.16.0.0 255.255.0.0\n network"),
                RunningConfigWriter.render(r1));
        kernel.runUntil(kernel.now() + 60_000_000_000L);
        String shown = session.execute("do show ip ospf");
        assertTrue(shown.contains(" Number of areas in this router is 2. 1 normal 1 stub 0 nssa\n"), shown);
        assertTrue(shown.contains("""
                    Area 1
                        Number of interfaces in this area is 1 (0 loopback)
                        It is a stub area
                        generates stub default route with cost 15
                """), shown);
        assertTrue(session.execute("do show ip ospf neighbor").contains("FULL/"));
        session.execute("no area 1");
        assertTrue(!RunningConfigWriter.render(r1).contains(" area 1 "), RunningConfigWriter.render(r1));
    }

    @Test
    void authenticationLinesAsTypedShownAndWrittenBack() {
        Kernel kernel = new Kernel(5);
        Lab lab = new Lab("t", kernel);
        Router r1 = lab.addRouter("r1");
        Router r2 = lab.addRouter("r2");
        lab.connect(r1, InterfaceName.gigabitEthernet(0), r2, InterfaceName.gigabitEthernet(0));
        String common = """
                interface GigabitEthernet0/0
                 ip address 10.0.12.%d 255.255.255.0
                router ospf 1
                 network 10.0.12.0 0.0.0.255 area 0
                """;
        assertEquals(List.of(), ConfigLoader.apply(r1, common.formatted(1)));
        assertEquals(List.of(), ConfigLoader.apply(r2, common.formatted(2) + """
                 area 0 authentication message-digest
                interface GigabitEthernet0/0
                 ip ospf message-digest-key 1 md5 s3cret
                """));
        CliSession session = new CliSession(r1, "admin", 15, "test");
        session.execute("configure terminal");
        session.execute("interface GigabitEthernet0/0");
        assertEquals("", session.execute("ip ospf authentication message-digest"));
        assertEquals("", session.execute("ip ospf message-digest-key 1 md5 wrong"));
        kernel.runUntil(kernel.now() + 60_000_000_000L);
        assertEquals("", session.execute("do show ip ospf neighbor").strip().lines().filter(l -> l.contains("FULL"))
                .findFirst().orElse(""), "a wrong key forms no adjacency");
        assertEquals("% OSPF: Key 1 already exists\n", session.execute("ip ospf message-digest-key 1 md5 s3cret"));
        session.execute("no ip ospf message-digest-key 1");
        session.execute("ip ospf message-digest-key 1 md5 s3cret");
        kernel.runUntil(kernel.now() + 60_000_000_000L);
        assertTrue(session.execute("do show ip ospf neighbor").contains("FULL/"));
        String shown = session.execute("do show ip ospf interface GigabitEthernet0/0");
        assertTrue(shown.endsWith("  Cryptographic authentication enabled\n    Youngest key id is 1\n"), shown);
        assertTrue(new CliSession(r2, "admin", 15, "test").execute("show ip ospf")
                .contains("        Area has message digest authentication\n"));
        assertEquals("% OSPF: Warning: The password/key will be truncated to 8 characters\n",
                session.execute("ip ospf authentication-key longerthan8"));
        session.execute("exit");
        session.execute("service password-encryption");
        String running = RunningConfigWriter.render(r1);
        assertTrue(running.contains(" ip ospf authentication message-digest\n ip ospf authentication-key 7 "), running);
        assertTrue(running.contains("\n ip ospf message-digest-key 1 md5 7 "), running);
        assertTrue(RunningConfigWriter.render(r2).contains(" area 0 authentication message-digest\n"));
        // What running-config wrote reads back to the same keys.
        Router copy = lab.addRouter("copy");
        assertEquals(List.of(), ConfigLoader.apply(copy, running));
        assertEquals(RunningConfigWriter.render(r1), RunningConfigWriter.render(copy));
    }
}
