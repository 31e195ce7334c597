package org.looplab.cli.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.cli.StaticLineLab;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.cli.session.CliSession;
import org.looplab.dataplane.IcmpType;
import org.looplab.dataplane.IpTraffic;
import org.looplab.sim.Kernel;

/**
 * Names at r1's EXEC: the ip host table, and DNS queries that travel the data plane as UDP to port 53 and,
 * with no DNS server in the lab, end after IOS's timeout and retries, unless the escape sequence ends them.
 */
class NameLookupTest {
    private static final long SECOND = 1_000_000_000L;
    private static final String NOT_FOUND = "% Unknown command or computer name, or unable to find computer address\n";
    private Kernel kernel;
    private StaticLineLab lab;
    private CliSession r1;

    /** {@link StaticLineLab}: r1 --- r2 --- r3; r3 takes telnet logins. */
    @BeforeEach
    void line() {
        lab = new StaticLineLab("names", 5);
        kernel = lab.kernel;
        assertEquals(List.of(), ConfigLoader.apply(lab.three, """
                hostname R3
                username admin privilege 15 secret s3cret
                line vty 0 4
                 login local
                 transport input telnet
                 exec-timeout 0 0
                """));
        kernel.runUntilIdle();
        r1 = new CliSession(lab.one, "admin", 15, "console");
    }

    private String run(String line) {
        CompletableFuture<String> out = r1.submit(line);
        kernel.runUntilIdle();
        assertTrue(out.isDone(), line);
        return out.join();
    }

    @Test
    void anUnknownWordIsBroadcastThreeTimesThreeSecondsApartThenNotFound() {
        StringBuilder screen = new StringBuilder();
        r1.setLiveOutput(screen::append);
        long start = kernel.now();
        CompletableFuture<String> out = r1.submit("foo");
        assertEquals("Translating \"foo\"...domain server (255.255.255.255)\n", screen.toString(),
                "the line shows before the wait");
        kernel.runUntil(start + 8 * SECOND);
        assertFalse(out.isDone());
        assertEquals(3, IpTraffic.of(lab.two).broadcastsReceived, "three queries reached r2 (a try and two retries)");
        assertEquals(3, IpTraffic.of(lab.two).udpNoPort, "no DNS server on r2");
        assertEquals(0, IpTraffic.of(lab.two).icmpSent[IcmpType.DESTINATION_UNREACHABLE.number()],
                "never an ICMP error about a broadcast");
        assertEquals(0, IpTraffic.of(lab.three).broadcastsReceived, "a limited broadcast is not forwarded");
        kernel.runUntil(start + 9 * SECOND);
        assertEquals(NOT_FOUND, out.join());
        assertEquals("R1#", r1.prompt());
    }

    @Test
    void theEscapeSequenceEndsTheWaitAndTheQueries() {
        CompletableFuture<String> out = r1.submit("foo");
        kernel.runUntil(kernel.now() + SECOND);
        r1.abort();
        assertEquals("Translating \"foo\"...domain server (255.255.255.255)\n" + NOT_FOUND, out.join());
        kernel.runUntilIdle();
        assertEquals(1, IpTraffic.of(lab.two).broadcastsReceived, "no retry after the abort");
    }

    @Test
    void noIpDomainLookupAnswersAtOnceWithoutAQuery() {
        ConfigLoader.apply(lab.one, "no ip domain-lookup\n");
        assertEquals("Translating \"foo\"\n" + NOT_FOUND, r1.execute("foo"));
        assertEquals("% Unrecognized host or address, or protocol not running.\n\n", r1.execute("ping foo"));
        kernel.runUntilIdle();
        assertEquals(0, IpTraffic.of(lab.two).broadcastsReceived);
    }

    @Test
    void aNameServerIsAskedByUnicastThroughTheDataPlaneAndTimesOut() {
        ConfigLoader.apply(lab.one, "ip name-server 10.0.0.3\n");
        long start = kernel.now();
        CompletableFuture<String> out = r1.submit("ping foo");
        kernel.runUntil(start + 8 * SECOND);
        assertFalse(out.isDone());
        assertEquals(3, IpTraffic.of(lab.three).udpNoPort, "three queries crossed r2 to r3, where nothing listens on 53");
        kernel.runUntil(start + 9 * SECOND);
        assertEquals("Translating \"foo\"...domain server (10.0.0.3)\n"
                + "% Unrecognized host or address, or protocol not running.\n\n", out.join());
    }

    @Test
    void eachServerHasItsTriesInTurn() {
        ConfigLoader.apply(lab.one, "ip name-server 10.0.0.3 10.9.9.9\n");
        long start = kernel.now();
        CompletableFuture<String> out = r1.submit("foo");
        kernel.runUntil(start + 17 * SECOND);
        assertFalse(out.isDone());
        kernel.runUntil(start + 18 * SECOND);
        assertTrue(out.join().startsWith("Translating \"foo\"...domain server (10.0.0.3) (10.9.9.9)\n"), out.join());
    }

    @Test
    void anIpHostNameIsTelnetPingAndTracerouteTarget() {
        ConfigLoader.apply(lab.one, "ip host R3 10.0.0.3\n");
        assertTrue(run("ping r3").contains("Success rate is 100 percent (5/5)"));
        assertTrue(run("traceroute R3 numeric").contains("  2 10.0.23.3 "));
        assertEquals("Trying R3 (10.0.0.3)... Open\n\n\nUser Access Verification\n\n", run("r3"));
        assertEquals("Username: ", r1.prompt());
        run("admin");
        run("s3cret");
        assertEquals("R3#", r1.prompt());
        run("exit");
        assertEquals("R1#", r1.prompt());
        assertEquals("Trying R3 (10.0.0.3)... Open\n\n\nUser Access Verification\n\n", run("telnet R3"));
    }

    @Test
    void aPortOnTheLineAfterTheNameIsTelnets() {
        ConfigLoader.apply(lab.one, "ip host R3 10.0.0.3\n");
        assertEquals("Trying R3 (10.0.0.3, 2323)... \n% Connection refused by remote host\n", run("r3 2323"));
    }

    @Test
    void theHostTableComesBackInRunningConfig() {
        ConfigLoader.apply(lab.one, """
                ip domain name lab.example
                ip host R3 10.0.0.3
                ip host web 8080 10.0.0.3 10.0.0.4
                ip name-server 10.9.9.9 10.9.9.10
                """);
        String config = r1.execute("show running-config");
        assertTrue(config.contains("ip domain name lab.example\nip host R3 10.0.0.3\nip host web 8080 10.0.0.3 10.0.0.4\n"
                + "ip name-server 10.9.9.9 10.9.9.10\n"), config);
        assertEquals(" ".repeat("R1(config)#ip name-server ".length() + 6 * "1.1.1.1 ".length()) + "^\n"
                + "% Invalid input detected at '^' marker.\n\n", configure(
                "ip name-server 1.1.1.1 1.1.1.2 1.1.1.3 1.1.1.4 1.1.1.5 1.1.1.6 1.1.1.7"));
    }

    private String configure(String line) {
        r1.execute("configure terminal");
        String out = r1.execute(line);
        r1.execute("end");
        return out;
    }
}
