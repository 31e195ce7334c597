package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code looplab events [--json]} reads the timeline a lab left in its state folder. */
class EventsCommandTest {
    @TempDir
    Path folder;

    private String events(String... options) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var command = Looplab.commandLine();
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        List<String> args = new java.util.ArrayList<>(List.of("events", "../topologies/triangle", "--state-dir",
                folder.resolve("state").toString()));
        args.addAll(List.of(options));
        int status = command.execute(args.toArray(String[]::new));
        return status + "\n" + out + err;
    }

    @Test
    void theTimelineOfTheLastRunAsJsonOrText() throws Exception {
        assertTrue(events().startsWith("1\nlooplab: no timeline in "), events());
        Path scenario = folder.resolve("s.scenario");
        Files.write(scenario, List.of("at 10s link r1:Gi0/0 down"));
        assertEquals(0, Looplab.commandLine().execute("run", "../topologies/triangle", "--state-dir",
                folder.resolve("state").toString(), "--scenario", scenario.toString()));

        String json = events("--json", "--since", "00:02:05");
        assertTrue(json.startsWith("0\n[\n  {\"run\": 1, \"seq\": "), json);
        assertTrue(json.contains(", \"virtual\": \"00:02:05.505\", \"virtualNanos\": 125505"), json);
        assertTrue(json.contains("\"router\": null, \"kind\": \"console\", \"text\": \"link r1:Gi0/0 down\"}"), json);
        assertTrue(json.contains("\"router\": \"r2\", \"kind\": \"log\", \"text\": \"%LINK-3-UPDOWN: Interface GigabitEthernet0/0, changed state to down\"}"), json);
        String text = events("--router", "r1");
        assertTrue(text.contains("run 1  00:00:00.000  "), text);
        assertTrue(text.contains(" r1       %LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/0, changed state to down"), text);
        assertTrue(events("--since", "soon").startsWith("2\nlooplab: --since soon is not a time"));
    }
}
