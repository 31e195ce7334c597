package org.looplab.lab;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.net.InterfaceAddress;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;
import org.looplab.router.Lab;
import org.looplab.router.Link;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;
import org.looplab.topology.Topology;
import org.looplab.topology.TopologyNode;

/**
 * {@code looplab validate}: builds a topology's routers and links as a start would, on a kernel whose clock
 * never runs (nothing starts: no SSH, no database, no routing), loads each startup-config, and lists every
 * problem as {@code FILE:LINE: reason}: configuration lines the router refuses, the two ends of a cable on
 * different subnets, an address used twice.
 */
public final class LabValidation {
    private static final Pattern WARNING = Pattern.compile("line (\\d+): (.*)", Pattern.DOTALL);

    private LabValidation() {
    }

    public static List<String> check(Topology topology) {
        List<String> errors = new ArrayList<>();
        Kernel kernel = new Kernel(1);
        Lab lab = new Lab(topology.name(), kernel);
        try {
            LabStarter.buildRouters(lab, topology);
        } catch (IllegalArgumentException e) {
            errors.add(topology.file() + ": " + e.getMessage());
            return errors;
        }
        for (TopologyNode node : topology.nodes()) {
            String text;
            try {
                text = node.bootConfig();
            } catch (IOException e) {
                errors.add(node.startupConfig() + ": cannot read the startup-config of " + node.name());
                continue;
            }
            Router router = lab.router(node.name());
            ConfigLoader.Report report = kernel.call(() -> ConfigLoader.load(router, text));
            for (String warning : report.warnings()) {
                errors.add(where(topology, node, warning));
            }
        }
        kernel.call(() -> {
            checkLinks(topology, lab, errors);
            checkDuplicateAddresses(lab, errors);
            return null;
        });
        return errors;
    }

    /** {@code r1.cfg:12: r1: ...} for a startup-config file of its own, else the topology file and the node. */
    private static String where(Topology topology, TopologyNode node, String warning) {
        Matcher line = WARNING.matcher(warning);
        if (line.matches() && node.startupConfig() != null && !node.partial()) {
            return node.startupConfig() + ":" + line.group(1) + ": " + node.name() + ": " + line.group(2);
        }
        String source = node.startupConfig() != null ? node.startupConfig() + " (after the kind's default config)"
                : topology.file() + " (startup-config of " + node.name() + ")";
        return source + ": " + node.name() + ": " + warning;
    }

    private static void checkLinks(Topology topology, Lab lab, List<String> errors) {
        for (Link link : lab.links()) {
            InterfaceAddress a = link.a().address();
            InterfaceAddress b = link.b().address();
            if (a != null && b != null && !a.subnet().equals(b.subnet())) {
                errors.add(topology.file() + ": link " + end(link.a()) + " - " + end(link.b()) + ": " + a + " and " + b
                        + " are not on one subnet (no adjacency forms across it)");
            }
        }
    }

    private static void checkDuplicateAddresses(Lab lab, List<String> errors) {
        Map<Ipv4Address, Interface> seen = new LinkedHashMap<>();
        for (Router router : lab.routers()) {
            for (Interface own : router.interfaces()) {
                if (own.address() == null) {
                    continue;
                }
                Interface first = seen.putIfAbsent(own.address().address(), own);
                if (first != null) {
                    errors.add(router.name() + ": " + own.name().fullName() + " has " + own.address().address()
                            + ", already on " + end(first) + " (an address is used once in a lab)");
                }
            }
        }
    }

    private static String end(Interface end) {
        return end.router().name() + ":" + end.name().shortName();
    }
}
