package org.looplab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.lab.LabOptions;
import org.looplab.lab.LabStarter;
import org.looplab.lab.RunningLab;
import org.looplab.topology.Topology;
import org.looplab.topology.TopologyLoader;

/** Scenario files: checked whole before anything starts, run on the virtual clock, failing when an expectation fails. */
class ScenarioTest {
    private static final Path TRIANGLE = Path.of("../topologies/triangle");

    @TempDir
    Path state;

    private record Run(ScenarioRun.Result result, String report) {
    }

    private Run run(Topology topology, Scenario scenario) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (RunningLab running = LabStarter.start(topology, new LabOptions(state, null, true, 1, 1.0, false, true))) {
            ScenarioRun.Result result = new ScenarioRun(running,
                    new PrintStream(printed, true, StandardCharsets.UTF_8)).run(scenario);
            return new Run(result, printed.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void theShippedTriangleScenarioPassesBgpSurvivesTheLinkPull() throws Exception {
        Topology topology = TopologyLoader.load(TRIANGLE);
        Run run = run(topology, Scenario.load(TRIANGLE.resolve("link-pull.scenario"), topology));
        assertTrue(run.result().succeeded(), run.report());
        assertEquals(12, run.result().passed(), run.report());
        assertTrue(run.report().contains("+00:02:00.000  done  line 10: at 120s link r1:Gi0/0 down"), run.report());
        assertTrue(run.report().contains("!!!!!  Success rate is 100 percent (5/5)"), run.report());
        assertTrue(run.report().endsWith("scenario passed: 12 expectations held, 0 failed; +00:11:45.002 of virtual time in "
                + run.report().replaceAll("(?s).* in ", "")), run.report());
    }

    @Test
    void sameScenarioSameSeedSameReport() throws Exception {
        Topology topology = TopologyLoader.load(TRIANGLE);
        Scenario scenario = Scenario.load(TRIANGLE.resolve("link-pull.scenario"), topology);
        String first = run(topology, scenario).report().replaceAll(" in [0-9.]+ s", "");
        String second = run(topology, scenario).report().replaceAll(" in [0-9.]+ s", "");
        assertEquals(first, second);
    }

    @Test
    void aFailedExpectationSaysWhatWasFoundAndFailsTheRun() throws Exception {
        Topology topology = TopologyLoader.load(TRIANGLE);
        Scenario scenario = Scenario.parse(Path.of("t.scenario"), List.of(
                "at 10s link r1:Gi0/0 down",
                "wait converged",
                "expect r1 route 10.0.0.2/32 via 10.0.12.2",
                "expect r1 ping 10.0.0.2 fail",
                "expect r3 bgp neighbor 10.0.0.9 Established",
                "router r2 crash",
                "wait 4m",
                "expect r1 bgp neighbor 10.0.0.2 Established",
                "expect r1 log %BGP-5-ADJCHANGE: neighbor 10.0.0.2 Down",
                "at 1m expect r1 no route 10.0.0.2/32"), topology);
        Run run = run(topology, scenario);
        assertEquals(5, run.result().failed(), run.report());
        assertEquals(1, run.result().passed(), run.report());
        assertTrue(run.report().contains("+00:03:33.086 %BGP-5-ADJCHANGE: neighbor 10.0.0.2 Down"), run.report());
        assertTrue(run.report().contains("FAIL  line 3: expect r1 route 10.0.0.2/32 via 10.0.12.2\n"
                + "                        r1 has 10.0.0.2/32 O via 10.0.13.3, Gi0/1"), run.report());
        assertTrue(run.report().contains("r3 has no BGP neighbor 10.0.0.9"), run.report());
        // The hold timer (180 s) takes the session down once r2 has no power.
        assertTrue(run.report().contains("neighbor 10.0.0.2 is "), run.report());
        assertTrue(run.report().contains("FAIL  line 10: at 1m expect r1 no route 10.0.0.2/32\n"
                + "                        late: the clock was already at +00:05:20.100"), run.report());
        assertTrue(run.report().contains("scenario FAILED: 1 expectations held, 5 failed"), run.report());
    }

    @Test
    void aReloadTakesSessionsDownAndTheProtocolsBringThemBack() throws Exception {
        Topology topology = TopologyLoader.load(TRIANGLE);
        Scenario scenario = Scenario.parse(Path.of("reload.scenario"), List.of(
                "at 10s router r2 reload",
                "expect r2 log %SYS-5-RELOAD: Reload requested by console. Reload Reason: Reload Command.",
                "expect r1 log %OSPF-5-ADJCHG: Process 1, Nbr 10.0.0.2 on GigabitEthernet0/0 from FULL to DOWN",
                "expect r1 ping 10.0.0.2 fail",
                "wait converged",
                "expect r2 log %SYS-5-RESTART: System restarted",
                "expect r1 log %BGP-5-ADJCHANGE: neighbor 10.0.0.2 Down",
                "expect r1 log %BGP-5-ADJCHANGE: neighbor 10.0.0.2 Up",
                "expect r2 log %BGP-5-ADJCHANGE: neighbor 10.0.0.1 Up",
                "expect r1 bgp neighbor 10.0.0.2 Established",
                "expect r3 bgp neighbor 10.0.0.2 Established",
                "expect r1 route 192.168.2.0/24 via 10.0.0.2",
                "expect r1 ping 10.0.0.2 source Loopback0 success"), topology);
        Run run = run(topology, scenario);
        assertTrue(run.result().succeeded(), run.report());
    }

    @Test
    void everyBadLineIsReportedWithFileLineAndReasonBeforeAnythingStarts() throws Exception {
        Topology topology = TopologyLoader.load(TRIANGLE);
        ScenarioException bad = assertThrows(ScenarioException.class, () -> Scenario.parse(Path.of("bad.scenario"), List.of(
                "# a comment",
                "at 2 link r1:Gi0/0 down",
                "link r9:Gi0/0 down",
                "link r1:Gi0/3 down",
                "expect r1 route 10.0.0.1/24",
                "expect r1 bgp neighbour 10.0.0.2 Established",
                "reboot everything",
                "wait converged   # fine",
                "expect r1 ping 10.0.0.3 source Loopback0 success"), topology));
        assertEquals(List.of(
                "bad.scenario:2: '2' is not a time (for example 120s, 2m, 1m30s, 250ms)",
                "bad.scenario:3: no router r9 in triangle",
                "bad.scenario:4: no link at r1:Gi0/3 in triangle",
                "bad.scenario:5: '10.0.0.1/24' has host bits set (did you mean 10.0.0.0/24?)",
                "bad.scenario:6: usage: expect ROUTER bgp neighbor A.B.C.D STATE (Established, Idle, Active...)",
                "bad.scenario:7: unknown command 'reboot' (a scenario line is at TIME COMMAND, link ..., router ...,"
                        + " wait ..., or expect ...)"), bad.errors());
    }

    @Test
    void timesTakeUnitsAndCombine() {
        assertEquals(120_000_000_000L, Scenario.duration("120s"));
        assertEquals(90_000_000_000L, Scenario.duration("1m30s"));
        assertEquals(3_600_250_000_000L, Scenario.duration("1h250ms"));
        assertEquals(1_500_000_000L, Scenario.duration("1.5s"));
        assertThrows(IllegalArgumentException.class, () -> Scenario.duration("30"));
        assertThrows(IllegalArgumentException.class, () -> Scenario.duration("s30"));
    }
}
