package org.looplab.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.lab.LabOptions;
import org.looplab.lab.LabStarter;
import org.looplab.lab.RunningLab;
import org.looplab.lab.StartupConfigSource;
import org.looplab.topology.TopologyLoader;

/** The topology's file is a router's startup-config until a save; the console's save writes memory on every router. */
class SaveAllTest {
    private static final Path TRIANGLE = Path.of("../topologies/triangle");

    @TempDir
    Path state;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private String run(LabConsole console, String line) {
        printed.reset();
        assertTrue(console.execute(line));
        return printed.toString(StandardCharsets.UTF_8);
    }

    private RunningLab start() throws Exception {
        return LabStarter.start(TopologyLoader.load(TRIANGLE), new LabOptions(state, null, false, 1, 1.0, false, true));
    }

    @Test
    void showStartupConfigIsTheTopologysFileUntilSaveWritesEveryRouter() throws Exception {
        String file = Files.readString(TRIANGLE.resolve("r1.cfg"));
        try (RunningLab running = start()) {
            LabConsole console = new LabConsole(running.lab(), List.of(), new PrintStream(printed, true, StandardCharsets.UTF_8));
            run(console, "attach r1");
            assertEquals("Using " + file.length() + " out of 262144 bytes\n" + file,
                    run(console, "show startup-config").replaceFirst("(?s)^.*?(Using )", "$1").replaceFirst("R1#$", ""));
            run(console, "configure terminal");
            run(console, "hostname Core1");
            run(console, "end");
            run(console, "exit");
            assertEquals("r1: [OK]\nr2: [OK]\nr3: [OK]\nsaved 3 of 3 startup-configs; the next start boots from them"
                    + " (looplab run --reset forgets them)\n", run(console, "save"));
            run(console, "attach r1");
            String saved = run(console, "show startup-config");
            assertTrue(saved.contains("\nhostname Core1\n"), saved);
        }
        try (RunningLab again = start()) {
            assertEquals(StartupConfigSource.SAVED, again.configSources().get("r1"));
            assertEquals("Core1", again.lab().kernel().call(() -> again.lab().router("r1").hostname()));
        }
    }

    @Test
    void aFullDiskGivesTheConsoleTheRoutersOwnError() throws Exception {
        java.util.concurrent.atomic.AtomicReference<java.sql.Connection> first = new java.util.concurrent.atomic.AtomicReference<>();
        org.looplab.store.ConfigStore store = org.looplab.store.ConfigStore.open(() -> {
            if (first.get() != null) {
                throw new java.sql.SQLException("IO Exception: \"java.io.IOException: No space left on device\" [90028-232]",
                        "90028", 90028, new java.io.IOException("No space left on device"));
            }
            first.set(java.sql.DriverManager.getConnection("jdbc:h2:mem:saveall-full;DB_CLOSE_DELAY=-1", "sa", ""));
            return first.get();
        });
        org.looplab.router.Lab lab = new org.looplab.router.Lab("t", new org.looplab.sim.Kernel(1));
        lab.addRouter("r1");
        lab.setConfigStore(store);
        first.get().close(); // the disk fills: H2 drops its connection and cannot open another
        assertEquals(List.of("r1: %Error writing nvram:startup-config (No space left on device)",
                "saved 0 of 1 startup-configs; the next start boots from them (looplab run --reset forgets them)"),
                SaveAll.run(lab));
    }
}
