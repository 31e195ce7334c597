package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code looplab run --scenario FILE} exits 0 when every expectation held, 1 when one failed, 2 for a bad file. */
class ScenarioCommandTest {
    @TempDir
    Path folder;

    private int run(String... scenarioLines) throws Exception {
        Path file = folder.resolve("s.scenario");
        Files.write(file, java.util.List.of(scenarioLines));
        return Looplab.commandLine().execute("run", "../topologies/triangle", "--state-dir",
                folder.resolve("state").toString(), "--scenario", file.toString());
    }

    @Test
    void exitStatusTellsHowTheScenarioWent() throws Exception {
        assertEquals(0, run("expect r1 bgp neighbor 10.0.0.3 Established"));
        assertEquals(1, run("at 5s router r3 crash", "wait 1s", "expect r1 ping 10.0.0.3 success"));
        assertEquals(2, run("expect r7 bgp neighbor 10.0.0.3 Established"));
    }
}
