package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.ssh.FreePorts;
import picocli.CommandLine;

/**
 * {@code looplab events} from another process while the lab runs: the lab's H2 database serves it over
 * TCP on loopback (AUTO_SERVER), so the timeline includes what just happened; a second {@code looplab
 * run} on the same state folder is still refused.
 */
class EventsWhileRunningEndToEndTest {
    private static final Path TRIANGLE = Path.of("../topologies/triangle");

    @TempDir
    Path folder;

    @Test
    void eventsReadsTheRunningLabsTimeline() throws Exception {
        Path state = folder.resolve("state");
        int port = FreePorts.consecutive(3);
        try (LabProcess lab = LabProcess.start(TRIANGLE, state, port, "--console-port", "0")) {
            lab.console("link r1:Gi0/0 down", "pulled");

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine events = Looplab.commandLine();
            events.setOut(new PrintWriter(out));
            events.setErr(new PrintWriter(err));
            int status = events.execute("events", TRIANGLE.toString(), "--state-dir", state.toString(), "--json",
                    "--router", "r1");
            assertEquals(0, status, err.toString());
            String json = out.toString();
            assertTrue(json.contains("\"router\": \"r1\", \"kind\": \"log\", \"text\": \"%LINEPROTO-5-UPDOWN: Line protocol on"
                    + " Interface GigabitEthernet0/0, changed state to down\"}"), json);

            // H2 serves the database on loopback only; the address is in the owner-only lock file.
            Properties lock = new Properties();
            try (var in = Files.newInputStream(state.resolve("looplab.lock.db"))) {
                lock.load(in);
            }
            String server = lock.getProperty("server", "");
            String h2Port = server.substring(server.lastIndexOf(':') + 1);
            assertTrue(java.net.InetAddress.getByName(server.substring(0, server.lastIndexOf(':'))).isLoopbackAddress(), server);
            if (ExternalTool.onPath("ss")) {
                Process ss = new ProcessBuilder("ss", "-Hltn", "sport = :" + h2Port).redirectErrorStream(true).start();
                String listening = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(ss.waitFor(10, TimeUnit.SECONDS));
                assertTrue(!listening.isBlank() && listening.lines().allMatch(line -> line.contains("127.0.0.1]:" + h2Port + " ") || line.contains(" 127.0.0.1:" + h2Port + " ")),
                        listening);
            }

            Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), Looplab.class.getName(), "run", TRIANGLE.toString(),
                    "--state-dir", state.toString(), "--port", Integer.toString(FreePorts.consecutive(3)), "--no-console")
                    .redirectErrorStream(true).start();
            second.getOutputStream().close();
            String refused = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(second.waitFor(60, TimeUnit.SECONDS));
            assertEquals(1, second.exitValue(), refused);
            assertTrue(refused.contains("is in use: another looplab runs this lab"), refused);

            lab.console("routers", "r3");
            assertEquals(0, lab.quit());
        }
        List<String> leftovers = List.of("looplab.lock.db");
        for (String file : leftovers) {
            assertTrue(Files.notExists(state.resolve(file)), file + " stays after the lab stopped");
        }
    }
}
