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
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * Several in-band sessions from one CLI session, as IOS keeps them per terminal line: the escape sequence
 * suspends, {@code show sessions} lists, {@code resume}, a bare number and an empty line go back,
 * {@code disconnect} closes after [confirm]; {@code ?} and Tab are answered by the far router; a session
 * whose path is gone ends when TCP gives up.
 */
class SessionControlTest {
    private static final String LOGIN = """
            username admin privilege 15 secret s3cret
            line vty 0 4
             login local
             transport input telnet ssh
             exec-timeout 0 0
            """; // the kernel runs dry between lines: IOS's 10-minute exec-timeout would end idle sessions
    private Kernel kernel;
    private StaticLineLab line;
    private CliSession r1;

    @BeforeEach
    void lab() {
        line = new StaticLineLab("sessions", 12);
        kernel = line.kernel;
        assertEquals(List.of(), ConfigLoader.apply(line.three, "hostname R3\n" + LOGIN));
        assertEquals(List.of(), ConfigLoader.apply(line.two, LOGIN));
        r1 = new CliSession(line.one, "admin", 15, "console");
    }

    private String run(String typed) {
        CompletableFuture<String> out = kernel.call(() -> r1.submit(typed));
        kernel.runUntilIdle();
        assertTrue(out.isDone(), "'" + typed + "' still waits after the kernel ran dry");
        return out.join();
    }

    private void logIn(String target, String prompt) {
        assertTrue(run("telnet " + target).endsWith("Open\n\n\nUser Access Verification\n\n"));
        run("admin");
        run("s3cret");
        assertEquals(prompt, r1.prompt());
    }

    private void suspend() {
        assertTrue(kernel.call(r1::suspend));
        assertEquals("R1#", r1.prompt());
    }

    @Test
    void sessionLimitOnTheCallersLineCapsItsOutgoingSessions() {
        assertEquals(List.of(), ConfigLoader.apply(line.one, "line vty 0 4\n session-limit 1\n"));
        kernel.call(() -> {
            r1.occupyVty(); // r1 now types on R1's vty 0, whose block allows one outgoing session
            return null;
        });
        logIn("10.0.0.3", "R3#");
        suspend();
        assertEquals("% Session limit exceeded\n", run("telnet 10.0.12.2"));
        assertEquals("R1#", r1.prompt());
        assertTrue(run("show sessions").contains("*  1 10.0.0.3"), "the suspended session is still there");
        assertEquals(List.of(), ConfigLoader.apply(line.one, "line vty 0 4\n no session-limit\n"));
        logIn("10.0.12.2", "R2#");
    }

    @Test
    void transportOutputOnTheCallersLineSaysWhichProtocolsItMayOpen() {
        assertEquals(List.of(), ConfigLoader.apply(line.one, "line vty 0 4\n transport output ssh\nline con 0\n transport output none\n"));
        assertEquals("% telnet connections not permitted from this terminal\n", run("telnet 10.0.0.3"),
                "the console (no vty) sits on line con 0");
        assertEquals("% ssh connections not permitted from this terminal\n", run("ssh -l admin 10.0.0.3"));
        kernel.call(() -> {
            r1.occupyVty(); // now on vty 0, whose block allows ssh only
            return null;
        });
        assertEquals("% telnet connections not permitted from this terminal\n", run("telnet 10.0.0.3"));
        assertEquals(List.of(), ConfigLoader.apply(line.one, "line vty 0 4\n transport output telnet ssh\n"));
        logIn("10.0.0.3", "R3#");
    }

    @Test
    void suspendListResumeAndDisconnectAsIos() {
        assertEquals("% No connections open\n", run("show sessions"));
        logIn("10.0.0.3", "R3#");
        suspend();
        assertEquals("""
                Conn Host                Address             Byte  Idle Conn Name
                *  1 10.0.0.3            10.0.0.3               0     0 10.0.0.3
                """, run("show sessions"));
        logIn("10.0.12.2", "R2#");
        suspend();
        assertEquals("""
                Conn Host                Address             Byte  Idle Conn Name
                   1 10.0.0.3            10.0.0.3               0     0 10.0.0.3
                *  2 10.0.12.2           10.0.12.2              0     0 10.0.12.2
                """, run("where"));

        assertEquals("[Resuming connection 2 to 10.0.12.2 ... ]\n\n", run(""), "Enter resumes the current one");
        assertEquals("R2#", r1.prompt());
        suspend();
        assertEquals("[Resuming connection 1 to 10.0.0.3 ... ]\n\n", run("1"));
        assertTrue(run("show running-config").contains("hostname R3\n"), "lines go to R3 again");
        suspend();
        assertTrue(run("show sessions").contains("\n*  1 10.0.0.3"), "the one used last is current");
        assertEquals("[Resuming connection 2 to 10.0.12.2 ... ]\n\n", run("resume 2"));
        suspend();
        assertEquals("% 5 is not an open connection\n", run("resume 5"));

        assertEquals("", run("disconnect 1"));
        assertEquals("Closing connection to 10.0.0.3 [confirm]", r1.prompt());
        assertEquals("", run(""));
        assertEquals("R1#", r1.prompt());
        assertEquals(List.of(), line.three.vtySessions().list(), "R3's vty line is free again");
        assertEquals("?9 is not an open connection\n", run("disconnect 9"));
        run("disconnect");
        assertEquals("Closing connection to 10.0.12.2 [confirm]", r1.prompt());
        run("n");
        assertEquals(1, line.two.vtySessions().list().size(), "'n' keeps it");

        run("resume");
        assertEquals("\n[Connection to 10.0.12.2 closed by foreign host]\n", run("exit"));
        assertEquals("R1#", r1.prompt());
        assertEquals("% No connections open\n", run("show sessions"));
        assertEquals("% No open connections\n", run("resume"));
        assertEquals("% No current connection\n", run("disconnect"));
        assertEquals("", run(""), "an empty line with nothing to resume does nothing");
        assertFalse(kernel.call(r1::suspend), "nothing to suspend");
    }

    @Test
    void idleMinutesCountOnTheVirtualClock() {
        logIn("10.0.0.3", "R3#");
        suspend();
        kernel.runUntil(kernel.now() + 3 * 60_000_000_000L + 1);
        assertTrue(run("show sessions").contains("*  1 10.0.0.3            10.0.0.3               0     3 10.0.0.3\n"));
    }

    @Test
    void questionMarkAndTabAreAnsweredByTheFarRouter() {
        logIn("10.0.0.3", "R3#");
        run("configure terminal");
        assertEquals("R3(config)#", r1.prompt());
        CompletableFuture<String> help = kernel.call(() -> r1.requestHelp("hostn"));
        assertFalse(help.isDone(), "the question crosses the simulated network");
        kernel.runUntilIdle();
        CliSession local = new CliSession(line.three, "x", 15, "t");
        local.execute("configure terminal");
        assertEquals(kernel.call(() -> local.help("hostn")), help.join());
        assertTrue(help.join().contains("hostname"), help.join());

        CompletableFuture<String> tab = kernel.call(() -> r1.requestCompletion("hostn"));
        kernel.runUntilIdle();
        assertEquals("hostname", tab.join().strip());
        assertEquals("", kernel.call(() -> r1.help("hostn")), "the local CLI does not answer for the far one");

        suspend();
        CompletableFuture<String> mine = kernel.call(() -> r1.requestHelp("show sess"));
        assertTrue(mine.isDone(), "at its own prompt R1 answers at once");
        assertTrue(mine.join().contains("sessions"), mine.join());
    }

    @Test
    void helpTravelsAlongAChainOfSessionsAndTheEscapeIsTheFirstRoutersOwn() {
        logIn("10.0.12.2", "R2#");
        assertTrue(run("telnet 10.0.0.3").endsWith("Open\n\n\nUser Access Verification\n\n"), "from R2 on to R3");
        run("admin");
        run("s3cret");
        assertEquals("R3#", r1.prompt());
        run("configure terminal");
        CompletableFuture<String> help = kernel.call(() -> r1.requestHelp("hostn"));
        kernel.runUntilIdle();
        assertTrue(help.join().contains("hostname"), help.join());
        suspend();
        assertEquals("""
                Conn Host                Address             Byte  Idle Conn Name
                *  1 10.0.12.2           10.0.12.2              0     0 10.0.12.2
                """, run("show sessions"), "R1 holds one connection; R2 holds the one to R3");
        assertEquals("[Resuming connection 1 to 10.0.12.2 ... ]\n\n", run(""));
        assertEquals("R3(config)#", r1.prompt(), "the chain is where it was left");
    }

    @Test
    void execHelpOffersTheSessionCommands() {
        String help = kernel.call(() -> r1.help(""));
        assertTrue(help.matches("Exec commands:\n  <1-99> +Session number to resume\n(?s).*"), "first, as on IOS: " + help);
        assertTrue(help.matches("(?s).*\n  resume +Resume an active network connection\n.*"), help);
        assertTrue(help.matches("(?s).*\n  disconnect +Disconnect an existing network connection\n.*"), help);
        assertTrue(help.matches("(?s).*\n  where +List active connections\n.*"), help);
        assertTrue(kernel.call(() -> r1.help("show ")).contains("  sessions "), "show sessions");
    }

    @Test
    void aSessionWhosePathIsGoneTimesOutWhenTcpGivesUp() {
        logIn("10.0.0.3", "R3#");
        Router two = line.two;
        two.lab().setConnected(two.lab().linkAt("r2", InterfaceName.gigabitEthernet(1)), false);
        kernel.runUntil(kernel.now() + 600_000_000_000L);
        assertEquals("R3#", r1.prompt(), "an idle session sends nothing, so nothing notices");
        long before = kernel.now();
        assertEquals("\n[Connection to 10.0.0.3 timed out]\n", run("show clock"));
        assertTrue(kernel.now() - before > 400_000_000_000L, "12 retransmissions with backoff, on the virtual clock");
        assertEquals("R1#", r1.prompt());
        assertEquals("% No connections open\n", run("show sessions"));
    }
}
