package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.generate.LabShape;
import org.looplab.lab.LabOptions;
import org.looplab.lab.LabStarter;
import org.looplab.lab.LabValidation;
import org.looplab.lab.RunningLab;
import org.looplab.scenario.Scenario;
import org.looplab.scenario.ScenarioRun;
import org.looplab.topology.Topology;
import org.looplab.topology.TopologyLoader;

/** {@code looplab generate}: labs that validate clean and run: OSPF everywhere, iBGP through two route reflectors. */
class GenerateCommandTest {
    @TempDir
    Path folder;

    private String generate(String... args) {
        StringWriter out = new StringWriter();
        var command = Looplab.commandLine();
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(out));
        List<String> all = new java.util.ArrayList<>(List.of("generate"));
        all.addAll(List.of(args));
        return command.execute(all.toArray(String[]::new)) + "\n" + out;
    }

    @Test
    void everyShapeValidatesClean() throws Exception {
        for (String[] lab : List.of(new String[] {"ring", "12"}, new String[] {"grid", "10"},
                new String[] {"random", "40"}, new String[] {"ring", "2"}, new String[] {"grid", "1"},
                new String[] {"clos", "3"}, new String[] {"clos", "68"})) {
            Path out = folder.resolve(lab[0] + lab[1]);
            String answer = generate(lab[0], lab[1], "--bgp", "rr", "--out", out.toString());
            assertTrue(answer.startsWith("0\nlooplab: wrote " + out.resolve(lab[0] + lab[1] + ".clab.yml")), answer);
            Topology topology = TopologyLoader.load(out);
            assertEquals(Integer.parseInt(lab[1]), topology.nodes().size());
            assertEquals(List.of(), LabValidation.check(topology), String.join(" ", lab));
        }
        assertTrue(generate("ring", "12", "--out", folder.resolve("ring12").toString())
                .contains("already has files; choose another --out or add --force"));
        assertTrue(generate("ring", "0").startsWith("2\nlooplab: N must be 1 to "));
        assertTrue(generate("clos", "69").startsWith("2\nlooplab: N must be 3 to 68 for clos, not 69 (every leaf"));
        String spine = Files.readString(folder.resolve("clos68").resolve("spine4.cfg"));
        assertTrue(spine.contains("interface Ethernet15/3\n description to LEAF64 Gi0/3\n"), spine);
    }

    @Test
    void aRandomGraphIsConnectedSeededAndUsesAtMostFourPorts() {
        List<int[]> links = LabShape.random.links(200, 9);
        assertEquals(links.stream().map(l -> l[0] + "-" + l[1]).toList(),
                LabShape.random.links(200, 9).stream().map(l -> l[0] + "-" + l[1]).toList());
        int[] degree = new int[200];
        int[] parent = new int[200];
        for (int i = 0; i < 200; i++) {
            parent[i] = i;
        }
        for (int[] link : links) {
            degree[link[0]]++;
            degree[link[1]]++;
            parent[find(parent, link[0])] = find(parent, link[1]);
        }
        for (int i = 0; i < 200; i++) {
            assertTrue(degree[i] >= 1 && degree[i] <= 4);
            assertEquals(find(parent, 0), find(parent, i));
        }
        assertEquals(300, links.size());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    @Test
    void aGeneratedRingRunsWithEveryClientLearningEveryPrefixThroughTheReflectors() throws Exception {
        Path out = folder.resolve("lab");
        generate("ring", "8", "--bgp", "rr", "--out", out.toString());
        Topology topology = TopologyLoader.load(out);
        Scenario scenario = Scenario.parse(Path.of("rr.scenario"), List.of(
                "expect r1 bgp neighbor 10.0.0.5 Established",
                "expect r3 bgp neighbor 10.0.0.1 Established",
                "expect r3 bgp neighbor 10.0.0.5 Established",
                "expect r3 route 100.64.7.0/24 via 10.0.0.7",
                "expect r3 ping 10.0.0.7 source Loopback0 success",
                "at 10s link r1:Gi0/0 down",
                "wait converged",
                "expect r2 bgp neighbor 10.0.0.1 Established",
                "expect r2 route 100.64.8.0/24 via 10.0.0.8",
                "expect r2 route 10.0.0.1/32 via 10.128.0.6"), topology);
        runsConvergedAndPasses(topology, scenario, "state");
        assertTrue(Files.readString(out.resolve("r5.cfg")).contains(" neighbor 10.0.0.2 peer-group RR-CLIENTS\n"));
    }

    @Test
    void aGeneratedClosRunsWithTheSpinesReflectingAndSurvivesAnUplinkPull() throws Exception {
        Path out = folder.resolve("clos");
        String answer = generate("clos", "6", "--bgp", "rr", "--out", out.toString());
        assertTrue(answer.contains("6 routers, 8 links, OSPF area 0, iBGP AS 65000 with route reflectors spine1 and spine2"),
                answer);
        Topology topology = TopologyLoader.load(out);
        // spine1 10.0.0.1, spine2 10.0.0.2, leaf1..leaf4 10.0.0.3..6; leaf1's Gi0/0 goes to spine1, Gi0/1 to spine2 (10.128.0.5).
        Scenario scenario = Scenario.parse(Path.of("clos.scenario"), List.of(
                "expect spine1 bgp neighbor 10.0.0.2 Established",
                "expect leaf1 bgp neighbor 10.0.0.1 Established",
                "expect leaf1 bgp neighbor 10.0.0.2 Established",
                "expect leaf1 route 100.64.6.0/24 via 10.0.0.6",
                "expect leaf1 route 10.0.0.6/32 via GigabitEthernet0/0",
                "expect leaf1 route 10.0.0.6/32 via GigabitEthernet0/1",
                "expect leaf1 ping 10.0.0.6 source Loopback0 success",
                "at 10s link leaf1:Gi0/0 down",
                "wait converged",
                "expect leaf1 no route 10.128.0.0/30",
                "expect leaf1 bgp neighbor 10.0.0.1 Established",
                "expect leaf1 route 10.0.0.1/32 via 10.128.0.5",
                "expect leaf1 route 100.64.6.0/24 via 10.0.0.6"), topology);
        runsConvergedAndPasses(topology, scenario, "clos-state");
    }

    /** Starts the lab converged in a fresh state folder and runs the scenario: every expectation must hold. */
    private void runsConvergedAndPasses(Topology topology, Scenario scenario, String state) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (RunningLab running = LabStarter.start(topology,
                new LabOptions(folder.resolve(state), null, true, 1, 1.0, false, true))) {
            assertTrue(running.startConvergence().converged(), running.startConvergence().describe());
            ScenarioRun.Result result = new ScenarioRun(running, new PrintStream(printed, true, StandardCharsets.UTF_8))
                    .run(scenario);
            assertTrue(result.succeeded(), printed.toString(StandardCharsets.UTF_8));
        }
    }
}
