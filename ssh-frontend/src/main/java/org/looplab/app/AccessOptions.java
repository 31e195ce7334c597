package org.looplab.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.BiFunction;
import org.looplab.access.AccessPlan;
import org.looplab.access.HostAccess;
import org.looplab.ssh.EndpointPlan;
import org.looplab.topology.Topology;
import picocli.CommandLine;
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

    @Option(names = "--snmp-port", paramLabel = "PORT", description = "the --snmp-port the lab runs with, if any")
    Integer snmpPort;

    /**
     * Prints the file {@code render} makes of the lab's routers and where each listens: 0, or 2 after printing
     * why the topology cannot be read or the options do not fit it.
     */
    int print(CommandLine command, BiFunction<Topology, List<HostAccess>, String> render) {
        PrintWriter err = command.getErr();
        Topology topology = topologyArgument.load(err);
        if (topology == null) {
            return 2;
        }
        List<HostAccess> hosts = hosts(topology, err);
        if (hosts == null) {
            return 2;
        }
        PrintWriter out = command.getOut();
        out.print(render.apply(topology, hosts));
        out.flush();
        return 0;
    }

    /** Where each router listens, or null after printing why the options do not fit the lab. */
    private List<HostAccess> hosts(Topology topology, PrintWriter err) {
        try {
            return AccessPlan.of(topology, port, addressPerRouter, snmpPort);
        } catch (IllegalArgumentException e) {
            err.println("looplab: " + e.getMessage());
            return null;
        }
    }
}
