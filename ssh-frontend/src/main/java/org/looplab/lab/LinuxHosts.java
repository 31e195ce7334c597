package org.looplab.lab;

import java.util.ArrayList;
import java.util.List;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.router.Interface;
import org.looplab.router.Router;
import org.looplab.topology.LinuxExec;
import org.looplab.topology.Topology;
import org.looplab.topology.TopologyEndpoint;
import org.looplab.topology.TopologyLink;
import org.looplab.topology.TopologyNode;

/**
 * Boots a topology's {@code linux} nodes as end hosts: the ports containerlab cables are up (a veth is up
 * in the container), the addresses and routes of the node's exec lines are set ({@link LinuxExec}), and
 * the node does not forward unless its exec lines turn IP forwarding on. A host has no IOS CLI and no SSH
 * endpoint; the lab console pings and traceroutes from it ({@code host h1 ping 10.0.0.1}).
 */
final class LinuxHosts {
    private LinuxHosts() {
    }

    /** How many not-run exec lines of one host the start report lists one by one. */
    static final int LISTED_NOT_RUN = 10;

    /** Boots one host on the kernel thread; returns the start report's lines about it. */
    static List<String> boot(Router router, TopologyNode node, String config, Topology topology) {
        LinuxExec exec = node.linuxExec();
        router.markEndHost(exec.forwarding());
        for (TopologyLink link : topology.links()) {
            for (TopologyEndpoint end : List.of(link.a(), link.b())) {
                Interface port = end.node().equals(router.name()) ? router.interfaceNamed(end.port()) : null;
                if (port != null) {
                    router.setShutdown(port, false);
                }
            }
        }
        List<String> report = new ArrayList<>();
        ConfigLoader.Report loaded = ConfigLoader.load(router, config);
        report.add(router.name() + ": linux host: " + exec.summary());
        for (String warning : loaded.warnings()) {
            report.add(router.name() + ": " + warning);
        }
        List<String> notRun = exec.notRun();
        for (String line : notRun.subList(0, Math.min(notRun.size(), LISTED_NOT_RUN))) {
            report.add(router.name() + ": exec line not run (a simulated host runs no programs): " + line);
        }
        if (notRun.size() > LISTED_NOT_RUN) {
            // A CML server's boot script can write a thousand host entries: the report names the first ones only.
            report.add(router.name() + ": " + (notRun.size() - LISTED_NOT_RUN) + " more exec lines not run");
        }
        return report;
    }
}
