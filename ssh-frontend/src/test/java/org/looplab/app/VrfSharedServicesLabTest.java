package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped lab topologies/vrf-shared-services loads cleanly and its scenario holds (exit status 0): both
 * customers reach the shared services by the PE's route targets, never each other, and the copies go with
 * their source when the services' cable is pulled.
 */
class VrfSharedServicesLabTest {
    @TempDir
    Path folder;

    @Test
    void loadsAndItsLeakScenarioHolds() {
        String lab = "../topologies/vrf-shared-services";
        assertEquals(0, Looplab.commandLine().execute("validate", lab, "--scenario", lab + "/leak.scenario"));
        assertEquals(0, Looplab.commandLine().execute("run", lab, "--state-dir", folder.resolve("state").toString(),
                "--scenario", lab + "/leak.scenario"));
    }
}
