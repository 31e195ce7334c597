package org.looplab.app;

import java.io.PrintStream;
import java.nio.file.Path;
import org.looplab.lab.LabOptions;
import org.looplab.lab.LabStartupException;
import org.looplab.lab.LabStarter;
import org.looplab.lab.RunningLab;
import org.looplab.scenario.Scenario;
import org.looplab.scenario.ScenarioException;
import org.looplab.scenario.ScenarioRun;
import org.looplab.topology.Topology;

/**
 * {@code looplab run --scenario FILE}: checks the whole file against the topology (every bad line with
 * file, line and reason, and nothing starts), starts the lab converged without SSH, runs the steps on the
 * virtual clock and exits 0 when every expectation held, 1 when one failed, 2 when the file is bad.
 */
final class ScenarioCommand {
    private ScenarioCommand() {
    }

    static int run(Topology topology, Path file, LabOptions options, PrintStream out, PrintStream err) {
        Scenario scenario;
        try {
            scenario = Scenario.load(file, topology);
        } catch (ScenarioException e) {
            e.errors().forEach(error -> err.println("looplab: " + error));
            return 2;
        }
        RunningLab running;
        try {
            running = LabStarter.start(topology, options, progress -> out.println("looplab: " + progress));
        } catch (LabStartupException e) {
            err.println("looplab: " + e.getMessage());
            return 1;
        }
        try (running) {
            out.println("looplab: lab " + topology.name() + ", " + topology.nodes().size() + " routers, "
                    + (running.startConvergence() == null ? "cold start (--cold): time 0 is boot"
                            : running.startConvergence().describe()));
            ScenarioRun.Result result = new ScenarioRun(running, out).run(scenario);
            return result.succeeded() ? 0 : 1;
        }
    }
}
