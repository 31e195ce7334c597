package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.lab.LabOptions;
import org.looplab.lab.LabStarter;
import org.looplab.lab.RunningLab;
import org.looplab.lab.StartupConfigSource;
import org.looplab.ssh.FreePorts;
import org.looplab.topology.TopologyLoader;

/** A save acknowledged with [OK] survives SIGKILL right after it, every time. */
class SaveThenKillEndToEndTest {
    private static final Path TRIANGLE = Path.of("../topologies/triangle");

    @TempDir
    Path stateDir;

    @Test
    void savedConfigsSurviveSigkillRightAfterTheOk() throws Exception {
        for (int round = 1; round <= 3; round++) {
            int port = FreePorts.consecutive(3);
            LabProcess lab = LabProcess.start(TRIANGLE, stateDir, port, "--snmp-port", Integer.toString(FreePorts.consecutive(3)));
            try {
                lab.console("attach r1", "attached to r1");
                // piped console input: no prompts are printed, only answers
                lab.console("configure terminal", "Enter configuration commands");
                lab.console("hostname Round" + round, "");
                lab.console("end", "");
                lab.console("exit", "back at the lab console");
                lab.console("save", "saved 3 of 3 startup-configs");
                lab.kill();
            } finally {
                lab.close();
            }
            try (RunningLab again = LabStarter.start(TopologyLoader.load(TRIANGLE),
                    new LabOptions(stateDir, null, false, 1, 1.0, true, true))) {
                assertEquals(StartupConfigSource.SAVED, again.configSources().get("r1"));
                int expected = round;
                assertEquals("Round" + expected, again.lab().kernel().call(() -> again.lab().router("r1").hostname()));
            }
        }
    }
}
