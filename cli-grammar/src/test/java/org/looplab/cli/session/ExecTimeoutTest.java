package org.looplab.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** {@code exec-timeout} on vty lines, on the virtual clock: IOS's 10 minutes, a configured value, never. */
class ExecTimeoutTest {
    private static final long SECOND = 1_000_000_000L;

    private Kernel kernel;
    private Router router;
    private final AtomicInteger hangUps = new AtomicInteger();

    @BeforeEach
    void setUp() {
        kernel = new Kernel(1);
        router = new Lab("t", kernel).addRouter("R1");
    }

    private CliSession vtySession() {
        CliSession session = new CliSession(router, "admin", 15, "172.20.20.1");
        session.occupyVty();
        session.setIdleDisconnect(hangUps::incrementAndGet);
        return session;
    }

    private void configureVty(String setting) {
        CliSession console = new CliSession(router, "admin", 15, "console");
        console.execute("configure terminal");
        console.execute("line vty 0 4");
        console.execute(setting);
        console.execute("end");
    }

    @Test
    void anIdleSessionEndsAfterTenMinutesByDefault() {
        CliSession session = vtySession();
        kernel.runUntil(kernel.now() + 599 * SECOND);
        assertFalse(session.isClosed());
        assertTrue(session.execute("show terminal").contains(
                "Timeouts:      Idle EXEC    Idle Session   Modem Answer  Session   Dispatch\n"
                + "               00:10:00        never                        none     not set\n"));
        kernel.runUntil(kernel.now() + 599 * SECOND);
        assertFalse(session.isClosed(), "typing a line starts the count again");
        assertTrue(session.execute("show terminal").contains("Time since activation: 00:19:58\n"));
        kernel.runUntil(kernel.now() + 600 * SECOND);
        assertTrue(session.isClosed());
        assertEquals(1, hangUps.get());
        assertEquals("", session.execute("show clock"), "a closed session runs nothing");
    }

    @Test
    void theLinesTimeoutAppliesAndZeroMeansNever() {
        configureVty("exec-timeout 0 30");
        CliSession session = vtySession();
        assertTrue(session.execute("show terminal").contains("\n               00:00:30        never "));
        kernel.runUntil(kernel.now() + 29 * SECOND);
        assertFalse(session.isClosed());
        kernel.runUntil(kernel.now() + 2 * SECOND);
        assertTrue(session.isClosed());

        configureVty("exec-timeout 0 0");
        CliSession patient = vtySession();
        assertTrue(patient.execute("show terminal").contains("\n                never         never "));
        kernel.runUntil(kernel.now() + 24 * 3600 * SECOND);
        assertFalse(patient.isClosed());
        assertEquals(1, hangUps.get());
    }

    @Test
    void aSessionThatLeftFreesItsTimer() {
        CliSession session = vtySession();
        session.execute("exit");
        session.releaseVty();
        kernel.runUntil(kernel.now() + 3600 * SECOND);
        assertEquals(0, hangUps.get());
        assertTrue(router.vtySessions().list().isEmpty());
    }
}
