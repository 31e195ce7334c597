package org.looplab.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Link;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** The lab console's link and clock commands, without SSH. */
class LabConsoleTest {
    private Kernel kernel;
    private Link link;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private LabConsole console;

    @BeforeEach
    void twoRouters() {
        kernel = new Kernel(1);
        Lab lab = new Lab("t", kernel);
        Router r1 = lab.addRouter("r1");
        Router r2 = lab.addRouter("r2");
        link = lab.connect(r1, InterfaceName.gigabitEthernet(0), r2, InterfaceName.gigabitEthernet(1));
        // As every lab's config: an unknown word at r1's prompt is not looked up on this test's stopped clock.
        org.looplab.cli.config.ConfigLoader.apply(r1, "no ip domain-lookup\n");
        console = new LabConsole(lab, List.of(), new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String run(String line) {
        printed.reset();
        assertTrue(console.execute(line));
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eitherEndNamesTheLinkForDelayAndPulls() {
        assertTrue(run("link r1:Gi0/0 delay 20").endsWith(" delay 20 ms\n"));
        assertEquals(20_000_000, link.delayNanos());
        assertTrue(run("link r2:gi0/1 delay 0.25").endsWith(" delay 0.25 ms\n"));
        assertEquals(250_000, link.delayNanos());
        assertTrue(run("link r2:Gi0/1 down").contains("pulled"));
        assertFalse(link.isConnected());
        assertTrue(run("link r1:Gi0/0 up").contains("connected"));
        assertTrue(run("link r1:Gi0/0 delay -3").startsWith("usage: link ROUTER:INTERFACE delay MS"));
        assertEquals("no link at r1:Gi0/3\n", run("link r1:Gi0/3 delay 1"));
        assertEquals(250_000, link.delayNanos());
    }

    @Test
    void delayTakesAJitter() {
        assertTrue(run("link r1:Gi0/0 delay 20 jitter 5").endsWith(" delay 20 ms jitter 5 ms\n"));
        assertEquals(5_000_000, link.jitterNanos());
        assertTrue(run("link r1:Gi0/0 delay 20").endsWith(" delay 20 ms\n"));
        assertEquals(0, link.jitterNanos());
        assertTrue(run("link r1:Gi0/0 delay 20 jitter -1").startsWith("usage: link ROUTER:INTERFACE delay MS [jitter MS]"));
        assertTrue(run("link r1:Gi0/0 delay 20 jiter 1").startsWith("usage: link ROUTER:INTERFACE delay MS [jitter MS]"));
        assertTrue(run("router r1 reload").startsWith("r1 reloading: back in 30 s of virtual time with the configuration it has"));
    }

    @Test
    void clockShowsVirtualTimeAndSetsTheSpeed() {
        kernel.runUntil(3_723_456_000_000L);
        assertEquals("virtual time 1:02:03.456 since the lab started, speed 1.0\n", run("clock"));
        assertEquals("speed 60.0\n", run("clock speed 60"));
        assertEquals(60.0, kernel.speed());
        assertTrue(run("clock").endsWith("speed 60.0\n"));
        assertTrue(run("clock sped 3").startsWith("usage: clock"));
        assertTrue(run("help").contains("clock speed FACTOR"));
    }

    @Test
    void attachOpensTheRoutersCliUntilExit() {
        assertTrue(run("attach r1").startsWith("attached to r1 (console line)"));
        assertEquals("r1#", console.prompt());
        assertTrue(run("show privilege").contains("Current privilege level is 15"));
        assertTrue(run("sh ip int br | include 0/0").startsWith("GigabitEthernet0/0"));
        run("configure terminal");
        assertEquals("r1(config)#", console.prompt());
        run("hostname Core1");
        run("end");
        assertEquals("Core1#", console.prompt());
        assertTrue(run("show ip intrface brief").contains("% Invalid input detected at '^' marker."));
        assertTrue(run("show ip ?").contains("interface"));
        // A console line, not a vty: show users lists no SSH session, and the lab console is not a router.
        assertTrue(kernel.call(() -> r1().vtySessions().list().isEmpty()));
        assertTrue(run("links").contains("% Unknown command or computer name"));
        assertTrue(run("exit").contains("back at the lab console (left r1)"));
        assertEquals(ConsoleInput.PROMPT, console.prompt());
        assertTrue(run("links").contains("r1:Gi0/0"));
    }

    @Test
    void ctrlRightBracketLeavesFromAnyMode() {
        run("attach r2");
        run("configure terminal");
        run("interface Loopback3");
        assertEquals("r2(config-if)#", console.prompt());
        assertTrue(run("\u001d").contains("back at the lab console (left r2)"));
        assertEquals(ConsoleInput.PROMPT, console.prompt());
        assertEquals("no router r9\n", run("attach r9"));
        assertTrue(run("attach").startsWith("usage: attach ROUTER"));
        // Attached again: a new session, in privileged EXEC.
        run("attach r2");
        assertEquals("r2#", console.prompt());
    }

    @Test
    void aConsoleLineWithNoExecAnswersNothingUntilExecIsBack() {
        run("attach r1");
        run("configure terminal");
        run("line con 0");
        run("no exec");
        run("\u001d");
        String attached = run("attach r1");
        assertTrue(attached.contains("no exec: no EXEC starts there"), attached);
        assertEquals("", console.prompt());
        assertEquals("", run("show version"));
        assertEquals("", run("exit"), "no EXEC, so no exit either");
        assertTrue(run("\u001d").contains("back at the lab console (left r1)"));
        assertEquals(List.of(), kernel.call(() -> org.looplab.cli.config.ConfigLoader.apply(r1(), "line con 0\n exec\n")));
        run("attach r1");
        assertEquals("r1#", console.prompt());
    }

    private Router r1() {
        return link.a().router();
    }

    @Test
    void impairmentsAreSetOnTheLinkAndListed() {
        assertTrue(run("link r1:Gi0/0 loss 12.5").endsWith(" impaired: loss 12.5%\n"));
        assertEquals(12.5, link.lossPercent());
        assertTrue(run("link r2:Gi0/1 blackhole").contains("impaired: blackhole loss 12.5%"));
        assertTrue(link.isBlackholed());
        assertTrue(run("link r1:Gi0/0 oneway down").contains("oneway down from r1:Gi0/0"));
        assertEquals(link.a(), link.oneWayDownFrom());
        assertTrue(run("links").contains("impaired:"));
        assertTrue(run("link r1:Gi0/0 up").endsWith("connected (r1:Gi0/0 down, r2:Gi0/1 down)\n"));
        assertFalse(link.isImpaired());
        assertTrue(run("link r1:Gi0/0 loss 120").startsWith("usage: link ROUTER:INTERFACE loss PCT"));
        assertTrue(run("link r1:Gi0/0 flap 0").startsWith("usage: link ROUTER:INTERFACE flap N"));
        assertTrue(run("link r1:Gi0/0 oneway sideways").startsWith("usage: link ROUTER:INTERFACE down|up|flap N"));
    }

    @Test
    void flapAndCrashChangeCarrierOnTheVirtualClock() {
        Router r1 = r1();
        Router r2 = link.b().router();
        kernel.call(() -> {
            r1.setShutdown(link.a(), false);
            r2.setShutdown(link.b(), false);
            return null;
        });
        assertTrue(link.a().isProtocolUp());
        run("link r1:Gi0/0 flap 2");
        kernel.runUntil(kernel.now() + 500_000_000L);
        assertFalse(link.a().isProtocolUp());
        kernel.runUntil(kernel.now() + 1_000_000_000L);
        assertTrue(link.a().isProtocolUp());
        kernel.runUntil(kernel.now() + 1_000_000_000L);
        assertFalse(link.a().isProtocolUp());
        kernel.runUntil(kernel.now() + 10_000_000_000L);
        assertTrue(link.a().isProtocolUp());
        assertEquals(2, r1.log().messages().stream().filter(m -> m.text().equals(
                "%LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/0, changed state to down")).count());

        assertEquals("r2 crashed (no power)\n", run("router r2 crash"));
        assertFalse(link.a().isProtocolUp());
        assertEquals("r2 powered on\n", run("router r2 boot"));
        assertTrue(link.a().isProtocolUp());
        assertEquals("no router r9\n", run("router r9 crash"));
        assertTrue(run("router r2 reboot").startsWith("usage: router ROUTER crash|boot"));
    }
}
