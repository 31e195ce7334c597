package org.looplab.cli.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.cli.session.CliSession;
import org.looplab.files.Flash;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;
import org.looplab.store.ConfigStore;

/** File commands against the lab's H2 store: answers come once the change is on disk, failures say so. */
class FileStoreTest {
    @TempDir
    Path state;

    private static String type(CliSession session, String line) throws Exception {
        return session.submit(line).get(20, TimeUnit.SECONDS);
    }

    @Test
    void filesWrittenByCopyAreInTheStoreWithTheRouterClocksDate() throws Exception {
        String url = ConfigStore.fileUrl(state);
        try (ConfigStore store = ConfigStore.open(url)) {
            Kernel kernel = new Kernel(1);
            Lab lab = new Lab("lab", kernel);
            lab.setConfigStore(store);
            lab.setCalendarAtStart(java.time.Instant.parse("2026-12-01T20:00:00Z"));
            kernel.runUntil(90_000_000_000L);
            CliSession session = new CliSession(lab.addRouter("R1"), "admin", 15, "127.0.0.1");
            type(session, "copy running-config flash0:a.cfg");
            assertTrue(type(session, "").matches("\\d+ bytes copied in \\d+\\.\\d{3} secs \\(\\d+ bytes/sec\\)\n"));
            type(session, "copy flash0:a.cfg flash0:b.cfg");
            type(session, "");
            type(session, "delete flash0:a.cfg");
            type(session, "");
            assertEquals("", type(session, ""));
        }
        try (ConfigStore store = ConfigStore.open(url)) {
            var files = store.loadFiles("lab").get("R1");
            assertEquals(1, files.size());
            assertEquals("b.cfg", files.get(0).name());
            assertEquals(java.time.Instant.parse("2026-12-01T20:01:30Z"), files.get(0).modified());
            assertTrue(new String(files.get(0).content()).contains("hostname R1"));
        }
    }

    @Test
    void aWriteTheStoreRefusesIsAnIosErrorAndLeavesNoFile() throws Exception {
        org.looplab.cli.FillingDiskStore disk = new org.looplab.cli.FillingDiskStore("files-refused");
        ConfigStore store = disk.store;
        Kernel kernel = new Kernel(1);
        Lab lab = new Lab("lab", kernel);
        lab.setConfigStore(store);
        Router router = lab.addRouter("R1");
        CliSession session = new CliSession(router, "admin", 15, "127.0.0.1");
        disk.fill(true);
        type(session, "copy running-config flash0:a.cfg");
        assertEquals("%Error writing flash0:/a.cfg (No space left on device)\n", type(session, ""));
        kernel.runUntilIdle(); // the kernel takes the file back
        assertNull(Flash.of(router).get("a.cfg"));
        assertTrue(type(session, "dir").contains("(1994661888 bytes free)"));
        store.close();
    }

    @Test
    void writeEraseAsksThenEmptiesNvramOnDiskAndAReloadBootsTheKindsDefault() throws Exception {
        String url = ConfigStore.fileUrl(state);
        try (ConfigStore store = ConfigStore.open(url)) {
            Kernel kernel = new Kernel(1);
            Lab lab = new Lab("lab", kernel);
            lab.setConfigStore(store);
            Router router = lab.addRouter("R1");
            router.setDefaultConfigText("hostname R1\nusername admin privilege 15 secret 0 admin\n");
            CliSession session = new CliSession(router, "admin", 15, "127.0.0.1");
            type(session, "configure terminal");
            type(session, "interface Loopback5");
            type(session, "end");
            type(session, "write memory");
            kernel.runUntilIdle(); // the kernel learns its new startup-config
            assertTrue(type(session, "show startup-config").contains("interface Loopback5"));

            assertEquals("", type(session, "write erase"));
            assertEquals(NvramEraseTest.QUESTION, session.prompt());
            assertEquals("[OK]\nErase of nvram: complete\n", type(session, ""));
            kernel.runUntilIdle();
            assertTrue(NvramEraseTest.log(router).contains("%SYS-7-NV_BLOCK_INIT: Initialized the geometry of nvram"), NvramEraseTest.log(router));
            assertEquals("startup-config is not present\n", type(session, "show startup-config"));
            assertTrue(store.startupConfigErased("lab", "R1"));
            assertTrue(store.loadStartupConfig("lab", "R1").isEmpty());
            assertTrue(type(session, "more nvram:startup-config").startsWith("%Error opening nvram:startup-config"));
            assertTrue(type(session, "show running-config").contains("interface Loopback5"), "the running-config stays");

            type(session, "reload");
            type(session, "");
            kernel.runUntil(kernel.now() + org.looplab.cli.config.RouterReload.BOOT_NANOS + 1);
            CliSession after = new CliSession(router, "admin", 15, "127.0.0.1");
            String running = type(after, "show running-config");
            assertFalse(running.contains("interface Loopback5"), running);
            assertTrue(running.contains("username admin privilege 15"), running);
            assertEquals("startup-config is not present\n", type(after, "show startup-config"));

            type(after, "write memory");
            assertFalse(store.startupConfigErased("lab", "R1"), "a save ends the erased state");
        }
    }
}
