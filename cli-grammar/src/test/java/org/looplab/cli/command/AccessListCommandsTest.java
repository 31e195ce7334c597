package org.looplab.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.cli.StaticLineLab;
import org.looplab.cli.session.CliSession;
import org.looplab.cli.show.TextFsmCheck;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** Access lists typed at the CLI: modes, sequence numbers, show with counters, interfaces, U.U.U and ..... */
class AccessListCommandsTest {
    private Kernel kernel;
    private CliSession r1;
    private CliSession r2;
    private Router two;

    /** {@link StaticLineLab}: r1 --- r2 --- r3, static routes everywhere. */
    @BeforeEach
    void line() {
        StaticLineLab line = new StaticLineLab("acl", 3);
        kernel = line.kernel;
        two = line.two;
        r1 = new CliSession(line.one, "admin", 15, "10.9.9.9");
        r2 = new CliSession(two, "admin", 15, "10.9.9.9");
    }

    private String run(CliSession session, String line) {
        CompletableFuture<String> out = kernel.call(() -> session.submit(line));
        kernel.runUntilIdle();
        return out.join();
    }

    @Test
    void namedListModeSequenceNumbersAndShowWithCounters() throws Exception {
        r2.execute("configure terminal");
        assertEquals("", r2.execute("ip access-list extended FROM-R1"));
        assertEquals("R2(config-ext-nacl)#", r2.prompt());
        r2.execute("remark no pings to r3's loopback");
        r2.execute("deny icmp any host 10.0.0.3 echo log");
        r2.execute("permit ip any any");
        r2.execute("15 permit tcp any host 10.0.0.3 eq 22");
        assertEquals("% Duplicate sequence number\n", r2.execute("15 permit udp any any"));
        r2.execute("interface gi0/0");
        assertEquals("R2(config-if)#", r2.prompt());
        r2.execute("ip access-group FROM-R1 in");
        r2.execute("access-list 5 permit host 10.0.0.1");
        r2.execute("access-list 5 deny   10.0.0.0 0.0.255.255");
        r2.execute("end");
        assertTrue(run(r1, "ping 10.0.0.3").contains("U.U.U\nSuccess rate is 0 percent (0/5)"));
        assertTrue(run(r1, "ping 10.0.23.3").contains("!!!!!"));
        String shown = r2.execute("show ip access-lists");
        assertEquals("""
                Standard IP access list 5
                    10 permit 10.0.0.1
                    20 deny   10.0.0.0, wildcard bits 0.0.255.255
                Extended IP access list FROM-R1
                    10 deny icmp any host 10.0.0.3 echo log (5 matches)
                    15 permit tcp any host 10.0.0.3 eq 22
                    20 permit ip any any (5 matches)
                """, shown);
        assertEquals(shown.substring(shown.indexOf("Extended")), r2.execute("show access-lists FROM-R1"));
        List<Map<String, String>> rows = TextFsmCheck.parse("show ip access-lists", shown).stream()
                .filter(row -> !row.get("LINE_NUM").isEmpty()).toList();
        assertEquals(5, rows.size(), rows.toString());
        assertEquals("FROM-R1", rows.get(2).get("ACL_NAME"));
        assertEquals("echo", rows.get(2).get("ICMP_TYPE"));
        assertEquals("5", rows.get(2).get("MATCHES"));
        assertEquals("0.0.255.255", rows.get(1).get("SRC_WILDCARD"));
        assertTrue(two.log().messages().stream().anyMatch(m -> m.text().equals(
                "%SEC-6-IPACCESSLOGDP: list FROM-R1 denied icmp 10.0.12.1 -> 10.0.0.3 (8/0), 1 packet")));
        String config = r2.execute("show running-config");
        assertTrue(config.contains("interface GigabitEthernet0/0\n ip address 10.0.12.2 255.255.255.0\n"
                + " ip access-group FROM-R1 in\n"), config);
        assertTrue(config.contains("ip access-list extended FROM-R1\n remark no pings to r3's loopback\n"
                + " deny icmp any host 10.0.0.3 echo log\n permit tcp any host 10.0.0.3 eq 22\n permit ip any any\n!\n"
                + "access-list 5 permit 10.0.0.1\naccess-list 5 deny 10.0.0.0 0.0.255.255\n!\n"), config);
    }

    @Test
    void noIpUnreachablesTurnsUIntoDots() {
        r2.execute("configure terminal");
        r2.execute("access-list 110 deny ip any host 10.0.0.3");
        r2.execute("access-list 110 permit ip any any");
        r2.execute("interface GigabitEthernet0/1");
        r2.execute("ip access-group 110 out");
        r2.execute("end");
        assertTrue(run(r1, "ping 10.0.0.3").contains("U.U.U"));
        r2.execute("configure terminal");
        r2.execute("interface GigabitEthernet0/0");
        r2.execute("no ip unreachables");
        r2.execute("end");
        assertTrue(run(r1, "ping 10.0.0.3").contains(".....\nSuccess rate is 0 percent (0/5)"));
        assertTrue(r2.execute("show running-config").contains(" ip address 10.0.12.2 255.255.255.0\n no ip unreachables\n"));
        r2.execute("configure terminal");
        r2.execute("interface GigabitEthernet0/1");
        r2.execute("no ip access-group out");
        r2.execute("end");
        assertTrue(run(r1, "ping 10.0.0.3").contains("!!!!!"));
    }

    @Test
    void wrongKindsAndRangesAreRefusedWithACaret() {
        r2.execute("configure terminal");
        assertTrue(r2.execute("access-list 10 permit tcp any any").contains("% Invalid input"));
        assertTrue(r2.execute("access-list 100 permit 10.0.0.1").contains("% Invalid input"));
        assertTrue(r2.execute("access-list 700 permit any").contains("% Invalid input"));
        assertTrue(r2.execute("access-list 150 permit icmp any any eq 22").contains("% Invalid input"));
        assertTrue(r2.execute("ip access-list standard 150").contains("% Invalid input"));
        assertEquals("", r2.execute("ip access-list standard NOC"));
        r2.execute("permit 10.0.0.100");
        r2.execute("exit");
        assertTrue(r2.execute("ip access-list extended NOC").contains("already exists"));
        assertEquals("R2(config)#", r2.prompt());
        r2.execute("no ip access-list standard NOC");
        assertEquals("", r2.execute("do show ip access-lists"));
    }
}
