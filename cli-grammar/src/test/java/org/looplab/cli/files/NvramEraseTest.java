package org.looplab.cli.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.cli.config.RouterReload;
import org.looplab.cli.session.CliSession;
import org.looplab.files.ConfigArchive;
import org.looplab.log.LogMessage;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;
import org.looplab.store.ConfigStore;

/** erase startup-config / erase nvram: / write erase, what a reload boots after it, and what a reload forgets. */
class NvramEraseTest {
    private static final String KIND_DEFAULT = "hostname R1\nusername admin privilege 15 secret 0 admin\n";
    private static final String QUESTION = "Erasing the nvram filesystem will remove all configuration files! Continue? [confirm]";

    @TempDir
    Path state;

    private static String type(CliSession session, String line) throws Exception {
        return session.submit(line).get(20, TimeUnit.SECONDS);
    }

    private static String log(Router router) {
        return String.join("\n", router.log().messages().stream().map(LogMessage::text).toList());
    }

    @Test
    void writeEraseAsksThenEmptiesNvramOnDiskAndAReloadBootsTheKindsDefault() throws Exception {
        String url = ConfigStore.fileUrl(state);
        try (ConfigStore store = ConfigStore.open(url)) {
            Kernel kernel = new Kernel(1);
            Lab lab = new Lab("lab", kernel);
            lab.setConfigStore(store);
            Router router = lab.addRouter("R1");
            router.setDefaultConfigText(KIND_DEFAULT);
            CliSession session = new CliSession(router, "admin", 15, "127.0.0.1");
            type(session, "configure terminal");
            type(session, "interface Loopback5");
            type(session, "end");
            type(session, "write memory");
            kernel.runUntilIdle(); // the kernel learns its new startup-config
            assertTrue(type(session, "show startup-config").contains("interface Loopback5"));

            assertEquals("", type(session, "write erase"));
            assertEquals(QUESTION, session.prompt());
            assertEquals("[OK]\nErase of nvram: complete\n", type(session, ""));
            kernel.runUntilIdle();
            assertTrue(log(router).contains("%SYS-7-NV_BLOCK_INIT: Initialized the geometry of nvram"), log(router));
            assertEquals("startup-config is not present\n", type(session, "show startup-config"));
            assertTrue(store.startupConfigErased("lab", "R1"));
            assertTrue(store.loadStartupConfig("lab", "R1").isEmpty());
            assertTrue(type(session, "more nvram:startup-config").startsWith("%Error opening nvram:startup-config"));
            assertTrue(type(session, "show running-config").contains("interface Loopback5"), "the running-config stays");

            type(session, "reload");
            type(session, "");
            kernel.runUntil(kernel.now() + RouterReload.BOOT_NANOS + 1);
            CliSession after = new CliSession(router, "admin", 15, "127.0.0.1");
            String running = type(after, "show running-config");
            assertFalse(running.contains("interface Loopback5"), running);
            assertTrue(running.contains("username admin privilege 15"), running);
            assertEquals("startup-config is not present\n", type(after, "show startup-config"));

            type(after, "write memory");
            assertFalse(store.startupConfigErased("lab", "R1"), "a save ends the erased state");
        }
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
