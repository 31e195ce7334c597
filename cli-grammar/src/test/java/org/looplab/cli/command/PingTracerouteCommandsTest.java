package org.looplab.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.cli.session.CliSession;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** ping and traceroute typed at the CLI, answered on the virtual clock through the data plane. */
class PingTracerouteCommandsTest {
    private static final String INVALID_SOURCE =
            "% Invalid source address- IP address not on any of our up interfaces\n";
    private static final String CARET = "% Invalid input detected at '^' marker.\n\n";
    private Kernel kernel;
    private Lab lab;
    private CliSession r1;

    /** r1 Gi0/0 --- Gi0/0 r2 Gi0/1 --- Gi0/0 r3, loopbacks 10.0.0.N, static routes both ways. */
    @BeforeEach
    void line() {
        kernel = new Kernel(7);
        lab = new Lab("line", kernel);
        Router one = lab.addRouter("r1");
        Router two = lab.addRouter("r2");
        Router three = lab.addRouter("r3");
        lab.connect(one, InterfaceName.gigabitEthernet(0), two, InterfaceName.gigabitEthernet(0));
        lab.connect(two, InterfaceName.gigabitEthernet(1), three, InterfaceName.gigabitEthernet(0));
        assertEquals(List.of(), ConfigLoader.apply(one, """
                hostname R1
                interface Loopback0
                 ip address 10.0.0.1 255.255.255.255
                interface GigabitEthernet0/0
                 ip address 10.0.12.1 255.255.255.0
                ip route 0.0.0.0 0.0.0.0 10.0.12.2
                """));
        assertEquals(List.of(), ConfigLoader.apply(two, """
                interface Loopback0
                 ip address 10.0.0.2 255.255.255.255
                interface GigabitEthernet0/0
                 ip address 10.0.12.2 255.255.255.0
                interface GigabitEthernet0/1
                 ip address 10.0.23.2 255.255.255.0
                ip route 10.0.0.1 255.255.255.255 10.0.12.1
                ip route 10.0.0.3 255.255.255.255 10.0.23.3
                """));
        assertEquals(List.of(), ConfigLoader.apply(three, """
                interface Loopback0
                 ip address 10.0.0.3 255.255.255.255
                interface GigabitEthernet0/0
                 ip address 10.0.23.3 255.255.255.0
                ip route 10.0.0.0 255.0.0.0 10.0.23.2
                """));
        kernel.runUntilIdle();
        r1 = new CliSession(one, "admin", 15, "test");
    }

    private String run(String line) {
        CompletableFuture<String> output = r1.submit(line);
        kernel.runUntilIdle();
        assertTrue(output.isDone(), line);
        return output.join();
    }

    @Test
    void pingFromALoopbackAcrossTwoHops() {
        long start = kernel.now();
        assertEquals("""
                Type escape sequence to abort.
                Sending 5, 100-byte ICMP Echos to 10.0.0.3, timeout is 2 seconds:
                Packet sent with a source address of 10.0.0.1\s
                !!!!!
                Success rate is 100 percent (5/5), round-trip min/avg/max = 2/2/2 ms
                """, run("ping 10.0.0.3 source Loopback0"));
        assertTrue(kernel.now() - start < 1_000_000_000L, "five echoes of 2 ms take milliseconds of virtual time");
        assertTrue(run("p 10.0.0.3 so lo0 rep 100 si 1500 ti 1").contains("Sending 100, 1500-byte ICMP Echos to 10.0.0.3, timeout is 1 seconds:\n"
                + "Packet sent with a source address of 10.0.0.1 \n" + "!".repeat(70) + "\n" + "!".repeat(30) + "\n"));
    }

    @Test
    void pingsThatFail() {
        assertEquals("""
                Type escape sequence to abort.
                Sending 5, 100-byte ICMP Echos to 10.0.12.9, timeout is 2 seconds:
                .....
                Success rate is 0 percent (0/5)
                """, run("ping 10.0.12.9"));
        // r2 has no route to 10.9.9.9: unreachables, rate-limited by r2 as IOS rate-limits them.
        String unreachable = run("ping 10.9.9.9");
        assertTrue(unreachable.contains("\nU.U.U\n"), unreachable);
        assertEquals(INVALID_SOURCE, run("ping 10.0.0.3 source 10.0.0.99"));
        assertEquals(INVALID_SOURCE, run("ping 10.0.0.3 source gi0/1"));
        assertEquals(" ".repeat("R1#ping 10.0.0.3 source lo".length()) + "^\n" + CARET, run("ping 10.0.0.3 source lo7"));
        assertEquals(" ".repeat("R1#ping 10.0.0.3 size ".length()) + "^\n" + CARET, run("ping 10.0.0.3 size 20"));
    }

    @Test
    void tracerouteOneLinePerHop() {
        assertEquals("""
                Type escape sequence to abort.
                Tracing the route to 10.0.0.3
                VRF info: (vrf in name/id, vrf out name/id)
                  1 10.0.12.2 1 msec 1 msec 1 msec
                  2 10.0.23.3 2 msec *  2 msec
                """, run("traceroute 10.0.0.3 source Loopback0"));
    }

    @Test
    void theProtocolKeywordAndTracerouteOptionsAsAutomationSendsThem() {
        assertTrue(run("ping ip 10.0.0.3 repeat 2").endsWith("!!\nSuccess rate is 100 percent (2/2), round-trip min/avg/max = 2/2/2 ms\n"));
        assertEquals("""
                Type escape sequence to abort.
                Tracing the route to 10.0.0.3
                VRF info: (vrf in name/id, vrf out name/id)
                  2 10.0.23.3 2 msec
                """, run("traceroute ip 10.0.0.3 source Loopback0 ttl 2 5 timeout 1 probe 1 numeric"));
        assertTrue(run("traceroute 10.0.0.3 numeric probe 2 ttl 1 1").endsWith("  1 10.0.12.2 1 msec 1 msec\n"));
    }

    @Test
    void aLiveScreenGetsTheBannerAtOnceThenEachMarkAsItsEchoEnds() {
        StringBuilder screen = new StringBuilder();
        r1.setLiveOutput(screen::append);
        CompletableFuture<String> output = r1.submit("ping 10.0.12.9 repeat 3");
        assertEquals("Type escape sequence to abort.\n"
                + "Sending 3, 100-byte ICMP Echos to 10.0.12.9, timeout is 2 seconds:\n", screen.toString());
        kernel.runUntil(kernel.now() + 2_500_000_000L);
        assertTrue(screen.toString().endsWith("seconds:\n."), screen.toString());
        kernel.runUntilIdle();
        assertEquals("\nSuccess rate is 0 percent (0/3)\n", output.join());
        assertTrue(screen.toString().endsWith("seconds:\n..."), screen.toString());
    }

    @Test
    void theEscapeSequenceStopsALongPingWhichReportsTheEchoesThatEnded() {
        StringBuilder screen = new StringBuilder();
        r1.setLiveOutput(screen::append);
        // A dead address and a repeat count of a day's echoes: the session holds nothing per echo to come.
        CompletableFuture<String> output = r1.submit("ping 10.0.12.9 repeat 100000");
        kernel.runUntil(kernel.now() + 5_000_000_000L);
        assertTrue(!output.isDone());
        r1.abort();
        kernel.runUntilIdle();
        assertTrue(output.isDone());
        assertEquals("\nSuccess rate is 0 percent (0/2)\n", output.join());
        assertTrue(screen.toString().endsWith("2 seconds:\n.."), screen.toString());
        r1.abort(); // nothing under way: nothing happens
        assertEquals("R1#", r1.prompt());
    }

    /** As IOS: the hop number when its first probe leaves, then each probe's answer (or '*') as it ends. */
    @Test
    void aLiveScreenGetsEachProbeOfATraceAsItEnds() {
        StringBuilder screen = new StringBuilder();
        r1.setLiveOutput(screen::append);
        CompletableFuture<String> output = r1.submit("traceroute 10.0.12.9 timeout 1 ttl 1 2");
        String banner = "Type escape sequence to abort.\nTracing the route to 10.0.12.9\nVRF info: (vrf in name/id, vrf out name/id)\n";
        assertEquals(banner + "  1 ", screen.toString());
        kernel.runUntil(kernel.now() + 1_500_000_000L);
        assertEquals(banner + "  1  * ", screen.toString());
        kernel.runUntil(kernel.now() + 2_000_000_000L);
        assertEquals(banner + "  1  *  *  * \n  2 ", screen.toString());
        r1.abort();
        kernel.runUntilIdle();
        assertEquals("\n", output.join());
        assertEquals("R1#", r1.prompt());
    }

    @Test
    void withoutALiveScreenTheAbortedTraceKeepsItsHops() {
        CompletableFuture<String> output = r1.submit("traceroute 10.9.9.9 timeout 1");
        kernel.runUntil(kernel.now() + 500_000_000L);
        r1.abort();
        kernel.runUntilIdle();
        assertTrue(output.join().startsWith("Type escape sequence to abort.\nTracing the route to 10.9.9.9\n"),
                output.join());
    }

    @Test
    void pingAloneAsksIosExtendedPingQuestions() {
        assertEquals("", run("ping"));
        assertEquals("Protocol [ip]: ", r1.prompt());
        assertEquals("", run(""));
        assertEquals("Target IP address: ", r1.prompt());
        run("10.0.0.3");
        assertEquals("Repeat count [5]: ", r1.prompt());
        run("3");
        assertEquals("Datagram size [100]: ", r1.prompt());
        run("");
        assertEquals("Timeout in seconds [2]: ", r1.prompt());
        run("");
        assertEquals("Extended commands [n]: ", r1.prompt());
        run("y");
        assertEquals("Source address or interface: ", r1.prompt());
        run("Loopback0");
        for (String prompt : List.of("Type of service [0]: ", "Set DF bit in IP header? [no]: ",
                "Validate reply data? [no]: ", "Data pattern [0x0000ABCD]: ",
                "Loose, Strict, Record, Timestamp, Verbose[none]: ", "Sweep range of sizes [n]: ")) {
            assertEquals(prompt, r1.prompt());
            if (!prompt.startsWith("Sweep")) {
                run("");
            }
        }
        assertEquals("""
                Type escape sequence to abort.
                Sending 3, 100-byte ICMP Echos to 10.0.0.3, timeout is 2 seconds:
                Packet sent with a source address of 10.0.0.1\s
                !!!
                Success rate is 100 percent (3/3), round-trip min/avg/max = 2/2/2 ms
                """, run(""));
        assertEquals("R1#", r1.prompt());
        run("ping");
        run("ipx");
        assertEquals("R1#", r1.prompt());
        run("ping");
        run("");
        assertEquals("% Unrecognized host or address, or protocol not running.\n", run("nowhere"));
        run("ping");
        run("ip");
        run("10.0.0.3");
        assertEquals("% A decimal number between 1 and 2147483647.\n", run("0"));
        assertEquals("R1#", r1.prompt());
    }

    /** r2 reaches r3 over an IP MTU of 1400: with df-bit a bigger echo draws fragmentation needed (M), in both forms of ping. */
    @Test
    void aDfPingBiggerThanAnIpMtuOnThePathShowsM() {
        CliSession r2 = new CliSession(lab.router("r2"), "admin", 15, "test");
        r2.execute("configure terminal");
        r2.execute("interface GigabitEthernet0/1");
        assertEquals("", r2.execute("ip mtu 1400"));
        r2.execute("end");
        assertEquals("""
                Type escape sequence to abort.
                Sending 5, 1450-byte ICMP Echos to 10.0.0.3, timeout is 2 seconds:
                Packet sent with the DF bit set
                M.M.M
                Success rate is 0 percent (0/5)
                """, run("ping 10.0.0.3 size 1450 df-bit"));
        assertTrue(run("ping 10.0.0.3 size 1600").contains("\n!!!!!\n"), "without DF r1, then r2, fragment");
        String traffic = r2.execute("show ip traffic");
        assertTrue(traffic.contains("         5 fragmented, 10 fragments, 5 couldn't fragment\n"), traffic);

        kernel.runUntil(kernel.now() + 1_000_000_000L); // past r2's 500 ms unreachable rate limit
        run("ping");
        run("");
        run("10.0.0.3");
        run("1");
        run("1500");
        run("");
        run("y");
        run("");
        run("");
        run("yes");
        for (int i = 0; i < 3; i++) {
            run("");
        }
        assertEquals("""
                Type escape sequence to abort.
                Sending 1, 1500-byte ICMP Echos to 10.0.0.3, timeout is 2 seconds:
                Packet sent with the DF bit set
                M
                Success rate is 0 percent (0/1)
                """, run(""));
    }
}
