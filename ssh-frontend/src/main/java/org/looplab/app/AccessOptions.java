package org.looplab.app;

import java.io.PrintWriter;
import java.util.List;
import org.looplab.access.AccessPlan;
import org.looplab.access.HostAccess;
import org.looplab.ssh.EndpointPlan;
import org.looplab.topology.Topology;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What {@code looplab ssh-config} and {@code looplab inventory} need: the topology and run's endpoint options. */
final class AccessOptions {
    @Mixin
    TopologyArgument topologyArgument;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + EndpointPlan.DEFAULT_BASE_PORT,
            description = "the --port the lab runs with (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--address-per-router", description = "the lab runs with --address-per-router")
    boolean addressPerRouter;

    /** The loaded topology, or null after printing why it cannot be read. */
    Topology topology(PrintWriter err) {
        return topologyArgument.load(err);
    }

    /** Where each router listens, or null after printing why the options do not fit the lab. */
    List<HostAccess> hosts(Topology topology, PrintWriter err) {
        try {
            return AccessPlan.of(topology, port, addressPerRouter);
        } catch (IllegalArgumentException e) {
            err.println("looplab: " + e.getMessage());
            return null;
        }
    }
}
