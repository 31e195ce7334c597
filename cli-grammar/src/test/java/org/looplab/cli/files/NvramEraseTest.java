package org.looplab.cli.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.looplab.cli.session.CliSession;
import org.looplab.files.ConfigArchive;
import org.looplab.log.LogMessage;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** erase startup-config / erase nvram: / write erase, what a reload boots after it, and what a reload forgets. */
class NvramEraseTest {
    static final String QUESTION = "Erasing the nvram filesystem will remove all configuration files! Continue? [confirm]";

    static String log(Router router) {
        return String.join("\n", router.log().messages().stream().map(LogMessage::text).toList());
    }

    @Test
    void eraseStartupConfigAndEraseNvramAskTheSameAndAnythingButYesKeepsIt() {
        Router router = new Lab("t", new Kernel(1)).addRouter("R1");
        router.setStartupConfigText("hostname R1\n");
        CliSession session = new CliSession(router, "admin", 15, "127.0.0.1");
        session.execute("erase startup-config");
        assertEquals(QUESTION, session.prompt());
        assertEquals("", session.execute("n"));
        assertEquals("hostname R1\n", router.startupConfigText());
        session.execute("erase nvram:");
        assertEquals(QUESTION, session.prompt());
        assertEquals("[OK]\nErase of nvram: complete\n", session.execute("y"));
        assertEquals(null, router.startupConfigText());
        assertTrue(session.execute("dir nvram:").contains("262144 bytes total (262144 bytes free)"));
        assertTrue(session.execute("erase flash0:").contains("^"), "only nvram: is erased here");
    }

    @Test
    void aReloadCancelsAPendingRevertTimerAndEmptiesTheArchiveList() {
        Kernel kernel = new Kernel(1);
        Router router = new Lab("t", kernel).addRouter("R1");
        router.setStartupConfigText("hostname R1\narchive\n path flash:archive\n");
        CliSession session = new CliSession(router, "admin", 15, "127.0.0.1");
        for (String line : new String[] {"configure terminal", "archive", "path flash:archive", "end", "archive config",
                "configure terminal revert timer 5", "hostname UNSAVED", "end"}) {
            session.execute(line);
        }
        assertEquals(2, ConfigArchive.of(router).copies().size());
        session.execute("reload");
        session.execute("");
        kernel.runUntil(kernel.now() + 10 * 60_000_000_000L);
        assertEquals("R1", router.hostname());
        assertTrue(ConfigArchive.of(router).copies().isEmpty());
        assertFalse(log(router).contains("ROLLBK_CNFMD_CHG_ROLLBACK_START"), log(router));
        CliSession after = new CliSession(router, "admin", 15, "127.0.0.1");
        assertEquals("%No Rollback Confirmed Change pending\n", after.execute("configure confirm"));
        after.execute("archive config");
        assertEquals(java.util.List.of("flash:archive-0"), ConfigArchive.of(router).copies());
    }

    @Test
    void showFileSystemsListsTheRoutersFileSystemsAsIos() {
        Router router = new Lab("t", new Kernel(1)).addRouter("R1");
        router.setStartupConfigText("hostname R1\n");
        String out = new CliSession(router, "admin", 15, "127.0.0.1").execute("show file systems");
        assertEquals("File Systems:\n\n"
                + "       Size(b)       Free(b)      Type  Flags  Prefixes\n"
                + "             -             -    opaque     rw   system:\n"
                + "             -             -    opaque     rw   null:\n"
                + "*   2142715904    1994661888      disk     rw   flash0: flash:#\n"
                + "        262144        262132     nvram     rw   nvram:\n", out);
    }
}
