package org.looplab.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.lab.LabOptions;
import org.looplab.lab.LabStarter;
import org.looplab.lab.RunningLab;
import org.looplab.topology.TopologyLoader;

/** A port in use is one line naming the router and address, without the library's text. */
class BindFailureTest {
    @TempDir
    Path folder;

    @Test
    void aPortInUseIsOneLine() throws Exception {
        Files.writeString(folder.resolve("one.clab.yml"), """
                name: one
                topology:
                  nodes:
                    r1: {kind: cisco_iosv}
                """);
        Path state = folder.resolve("state");
        try (RunningLab running = LabStarter.start(TopologyLoader.load(folder), new LabOptions(state, null, false, 1, 1.0, true));
                ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
            java.io.PrintStream err = System.err;
            IOException refused;
            System.setErr(new java.io.PrintStream(console, true));
            try {
                refused = assertThrows(IOException.class, () -> LabSshServer.start(
                        EndpointPlan.plan(running.lab().routers(), port, false, false), state));
            } finally {
                System.setErr(err);
            }
            // MINA's acceptor logs nothing of its own (simplelogger.properties).
            assertEquals("", console.toString());
            assertEquals("cannot listen for r1 on 127.0.0.1:" + port + ": the port is in use (another looplab or "
                    + "another program: choose another with --port)", refused.getMessage());
        }
    }
}
