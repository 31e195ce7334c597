package org.looplab.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.looplab.lab.LabValidation;
import org.looplab.scenario.Scenario;
import org.looplab.scenario.ScenarioException;
import org.looplab.topology.Topology;
import org.looplab.topology.TopologyException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code looplab validate [TOPOLOGY] [--scenario FILE]}: every problem of a topology, its startup-configs
 * (and a scenario) as {@code FILE:LINE: reason}; exit 0 when there is none, 1 otherwise. Nothing starts.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a topology, its startup-configs and optionally a scenario; print every error as FILE:LINE: reason. Nothing starts.")
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    TopologyArgument topologyArgument;

    @Option(names = "--scenario", paramLabel = "FILE", description = "also check this scenario file against the topology")
    Path scenario;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Topology topology;
        List<String> errors = new ArrayList<>();
        try {
            topology = topologyArgument.load();
        } catch (TopologyException e) {
            e.errors().forEach(out::println);
            out.println("looplab: " + topologyArgument.given() + ": " + count(e.errors().size()) + "; the lab would not start");
            out.flush();
            return 1;
        }
        errors.addAll(LabValidation.check(topology));
        if (scenario != null) {
            try {
                Scenario.load(scenario, topology);
            } catch (ScenarioException e) {
                errors.addAll(e.errors());
            }
        }
        errors.forEach(out::println);
        out.printf("looplab: lab %s, %d routers, %d links: %s%n", topology.name(), topology.nodes().size(),
                topology.links().size(), errors.isEmpty() ? "valid" : count(errors.size()));
        out.flush();
        return errors.isEmpty() ? 0 : 1;
    }

    private static String count(int errors) {
        return errors + (errors == 1 ? " error" : " errors");
    }
}
