package org.looplab.cli.show;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.cli.session.CliSession;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** The everyday reports as IOS 15 prints them: show interfaces description, show clock detail, show ip cef. */
class EverydayReportsTest {
    private Kernel kernel;
    private Router r1;
    private CliSession session;

    @BeforeEach
    void twoRouters() {
        kernel = new Kernel(5);
        Lab lab = new Lab("t", kernel);
        r1 = lab.addRouter("r1");
        Router r2 = lab.addRouter("r2");
        lab.connect(r1, InterfaceName.gigabitEthernet(0), r2, InterfaceName.gigabitEthernet(0));
        ConfigLoader.load(r1, """
                hostname R1
                interface Loopback0
                 ip address 10.0.0.1 255.255.255.255
                interface GigabitEthernet0/0
                 description to R2 Gi0/0
                 ip address 10.0.12.1 255.255.255.0
                 no shutdown
                ip route 10.0.0.2 255.255.255.255 10.0.12.2
                ip route 192.168.0.0 255.255.0.0 Null0
                """);
        ConfigLoader.load(r2, "interface GigabitEthernet0/0\n ip address 10.0.12.2 255.255.255.0\n no shutdown\n");
        kernel.runUntilIdle();
        session = new CliSession(r1, "admin", 15, "127.0.0.1");
    }

    @Test
    void interfacesDescription() throws Exception {
        String out = session.execute("show interfaces description");
        assertEquals("""
                Interface                      Status         Protocol Description
                Gi0/0                          up             up       to R2 Gi0/0
                Gi0/1                          admin down     down
                Gi0/2                          admin down     down
                Gi0/3                          admin down     down
                Lo0                            up             up
                """, out);
        List<Map<String, String>> rows = TextFsmCheck.parse("show interfaces description", out);
        assertEquals("to R2 Gi0/0", rows.get(0).get("DESCRIPTION"));
        assertEquals("admin down", rows.get(1).get("STATUS"));
    }

    @Test
    void clockDetailNamesItsTimeSource() throws Exception {
        String out = session.execute("show clock detail");
        assertTrue(out.matches("\\*\\d\\d:\\d\\d:\\d\\d\\.\\d{3} UTC \\w{3} \\w{3} \\d+ \\d{4}\nTime source is hardware calendar\n"), out);
        assertEquals("1993", TextFsmCheck.parse("show clock", out).get(0).get("YEAR"));
    }
}
