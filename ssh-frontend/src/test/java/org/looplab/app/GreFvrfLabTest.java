package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped lab topologies/gre-fvrf loads cleanly and its keepalive scenario holds (exit status 0). */
class GreFvrfLabTest {
    @TempDir
    Path folder;

    @Test
    void loadsAndItsKeepaliveScenarioHolds() {
        assertEquals(0, Looplab.commandLine().execute("validate", "../topologies/gre-fvrf", "--scenario",
                "../topologies/gre-fvrf/keepalive.scenario"));
        assertEquals(0, Looplab.commandLine().execute("run", "../topologies/gre-fvrf", "--state-dir",
                folder.resolve("state").toString(), "--scenario", "../topologies/gre-fvrf/keepalive.scenario"));
    }
}
