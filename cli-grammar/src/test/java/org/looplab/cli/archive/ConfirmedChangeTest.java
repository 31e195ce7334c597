package org.looplab.cli.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.cli.session.CliSession;
import org.looplab.files.ConfigArchive;
import org.looplab.files.Flash;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;
import org.looplab.store.ConfigStore;

/** Changes to confirm and replaces that revert, on the virtual clock; write memory's archive copy. */
class ConfirmedChangeTest {
    private static final long MINUTE = 60_000_000_000L;
    private Kernel kernel;
    private Router router;
    private CliSession session;

    @BeforeEach
    void setUp() {
        kernel = new Kernel(1);
        router = new Lab("t", kernel).addRouter("R1");
        session = new CliSession(router, "admin", 15, "127.0.0.1");
        for (String line : new String[] {"configure terminal", "archive", "path flash:archive", "end"}) {
            session.execute(line);
        }
    }

    private String log() {
        return router.log().messages().stream().map(org.looplab.log.LogMessage::text).collect(java.util.stream.Collectors.joining("\n"));
    }

    @Test
    void anUnconfirmedChangeRevertsWhenItsTimerRunsOut() {
        session.execute("configure terminal revert timer 2");
        session.execute("hostname CHANGED");
        session.execute("end");
        kernel.runUntil(kernel.now() + MINUTE + MINUTE / 2);
        assertEquals("CHANGED", router.hostname());
        kernel.runUntil(kernel.now() + MINUTE);
        assertEquals("R1", router.hostname());
        assertTrue(log().contains("%ARCHIVE_DIFF-5-ROLLBK_CNFMD_CHG_ROLLBACK_START: Timer expired: Start rolling to: flash:archive-0"), log());
        assertEquals("%No Rollback Confirmed Change pending\n", session.execute("configure confirm"));
    }

    @Test
    void aConfirmedChangeStays() {
        session.execute("configure terminal revert timer 1");
        session.execute("hostname KEPT");
        session.execute("end");
        assertEquals("", session.execute("configure confirm"));
        kernel.runUntil(kernel.now() + 5 * MINUTE);
        assertEquals("KEPT", router.hostname());
        assertTrue(log().contains("ROLLBK_CNFMD_CHG_CONFIRM: User: admin: Confirm the configuration change"), log());
    }

    @Test
    void aReplaceWithARefusedLineRevertsOnError() {
        Flash.of(router).put(new org.looplab.files.StoredFile("bad.cfg",
                "hostname BAD\ninterface Loopback3\n ip address 10.3.3.3 255.255.255.255\nfrobnicate now\nend\n".getBytes(),
                java.time.Instant.EPOCH));
        String out = session.execute("configure replace flash0:bad.cfg force revert trigger error");
        assertTrue(out.contains("The original configuration has been successfully restored."), out);
        assertEquals("R1", router.hostname());
        assertFalse(session.execute("show running-config").contains("Loopback3"));
        String without = session.execute("configure replace flash0:bad.cfg force");
        assertTrue(without.endsWith("Total number of passes: 1\nRollback Done\n"), without);
        assertEquals("BAD", router.hostname());
    }

    @Test
    void revertingNeedsTheArchive() {
        session.execute("configure terminal");
        session.execute("no archive");
        session.execute("end");
        assertEquals("%Please turn config archive on before using Rollback Confirmed Change\n",
                session.execute("configure terminal revert timer 5"));
        assertEquals(" Archive feature not enabled\n", session.execute("show archive"));
    }

    @Test
    void writeMemoryArchivesWithWriteMemory() throws Exception {
        router.lab().setConfigStore(ConfigStore.open("jdbc:h2:mem:archive-wm"));
        session.execute("configure terminal");
        session.execute("archive");
        session.execute("write-memory");
        session.execute("end");
        assertEquals("Building configuration...\n[OK]\n", session.submit("write memory").get(20, TimeUnit.SECONDS));
        assertEquals(java.util.List.of("flash:archive-0"), ConfigArchive.of(router).copies());
        var stored = router.lab().configStore().loadFiles("t").get("R1");
        assertEquals("archive-0", stored.get(0).name());
        assertTrue(new String(stored.get(0).content()).contains(" write-memory\n"));
    }

    @Test
    void timePeriodMakesACopyEveryPeriodOnTheVirtualClockUntilTakenBack() {
        for (String line : new String[] {"configure terminal", "archive", "maximum 3", "time-period 10", "end"}) {
            session.execute(line);
        }
        assertTrue(session.execute("show running-config").contains(" maximum 3\n time-period 10\n"));
        kernel.runUntil(kernel.now() + 9 * MINUTE);
        assertEquals(0, ConfigArchive.of(router).copies().size());
        session.execute("configure terminal");
        session.execute("hostname PERIODIC");
        session.execute("end");
        kernel.runUntil(kernel.now() + 2 * MINUTE);
        assertEquals(java.util.List.of("flash:archive-0"), ConfigArchive.of(router).copies());
        assertTrue(new String(Flash.of(router).get("archive-0").content()).contains("hostname PERIODIC"));
        kernel.runUntil(kernel.now() + 40 * MINUTE);
        assertEquals(java.util.List.of("flash:archive-2", "flash:archive-3", "flash:archive-4"), ConfigArchive.of(router).copies());
        assertEquals(null, Flash.of(router).get("archive-1"), "the oldest copy goes past the maximum");
        session.execute("configure terminal");
        session.execute("archive");
        session.execute("no time-period");
        session.execute("end");
        kernel.runUntil(kernel.now() + 60 * MINUTE);
        assertEquals(3, ConfigArchive.of(router).copies().size());
        session.execute("configure terminal");
        session.execute("archive");
        String refused = session.execute("time-period 0");
        assertTrue(refused.contains("% Invalid input detected at '^' marker."), refused);
    }
}
